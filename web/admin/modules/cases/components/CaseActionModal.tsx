import { Alert, App, Form, Input, Modal, Select, Switch, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors } from '../../../ui/forms';
import { HandlerSelect } from '../../cadres/components/HandlerSelect';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { findCaseByCode } from '../api/casesApi';
import { useCaseCategories, useTransitionCase } from '../hooks/useCases';
import { type Case, type CaseActionOption, MAX_CASE_CONTENT } from '../types/case';

const CODE = /^[2-9A-HJ-NP-Z]{10}$/;

type FormValues = {
  orgId?: string;
  handlerCadreId?: string;
  answer?: string;
  measures?: string;
  publicity?: boolean;
  reason?: string;
  mergeCode?: string;
  note?: string;
  /** 受理: the category to file it under (mail and SMS arrive in the 默认类别) */
  categoryId?: string;
};

type CaseActionModalProps = {
  c: Case;
  option: CaseActionOption | null;
  onClose: () => void;
};

/**
 * One lifecycle step as a small form: the fields the step needs (from the server's lifecycle
 * table) and an internal note. A refusal (409: the status changed meanwhile) shows the server's
 * words in the form.
 */
export function CaseActionModal({ c, option, onClose }: CaseActionModalProps) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const transition = useTransitionCase(c.id);
  const categories = useCaseCategories();
  const [formError, setFormError] = useState<string | null>(null);
  const [resolving, setResolving] = useState(false);
  const orgId = Form.useWatch('orgId', form);

  // Reset when the modal opens, not when the case reloads: a refused step reloads the case, and
  // the user's input and the server's message must stay.
  const openedFor = useRef<CaseActionOption | null>(null);
  useEffect(() => {
    if (!option) {
      // nothing typed stays behind in the hidden form
      if (openedFor.current) form.resetFields();
      openedFor.current = null;
      return;
    }
    if (openedFor.current === option) return;
    openedFor.current = option;
    form.resetFields();
    setFormError(null);
    if (option.action === 'accept') form.setFieldsValue({ categoryId: c.categoryId });
    if (option.action === 'answer') {
      form.setFieldsValue({
        answer: c.answer ?? undefined,
        measures: c.measures ?? undefined,
        publicity: c.publicity,
      });
    }
  }, [option, form, c]);

  const needs = new Set(option?.fields.filter((f) => f.required).map((f) => f.name) ?? []);
  const action = option?.action;
  const label = action ? t(`cases.actionLabels.${action}`) : '';
  const category = categories.data?.find((x) => x.id === c.categoryId);

  const submit = async (values: FormValues) => {
    if (!action) return;
    setFormError(null);
    try {
      let mergeIntoId: string | undefined;
      if (needs.has('mergeIntoId')) {
        const code = values.mergeCode?.trim().toUpperCase() ?? '';
        setResolving(true);
        const target = await findCaseByCode(code).finally(() => setResolving(false));
        if (!target) {
          form.setFields([{ name: 'mergeCode', errors: [t('cases.mergeIntoNotFound', { code })] }]);
          return;
        }
        mergeIntoId = target.id;
      }
      await transition.mutateAsync({
        action,
        note: values.note?.trim() ?? '',
        ...(needs.has('orgId') ? { orgId: values.orgId } : {}),
        ...(needs.has('handlerCadreId') ? { handlerCadreId: values.handlerCadreId } : {}),
        ...(needs.has('reason') ? { reason: values.reason?.trim() } : {}),
        ...(mergeIntoId ? { mergeIntoId } : {}),
        ...(action === 'accept' && values.categoryId && values.categoryId !== c.categoryId
          ? { categoryId: values.categoryId }
          : {}),
        ...(action === 'answer'
          ? {
              answer: values.answer?.trim(),
              measures: values.measures?.trim() || undefined,
              publicity: values.publicity ?? false,
            }
          : {}),
      });
      void message.success(t('cases.done', { action: label }));
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
    }
  };

  return (
    <Modal
      open={option !== null}
      title={label}
      okText={t('cases.submitAction', { action: label })}
      cancelText={t('common.cancel')}
      okButtonProps={{
        loading: transition.isPending || resolving,
        danger: action === 'not_accept' || action === 'return',
      }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      {formError ? (
        <Alert type="error" showIcon title={formError} style={{ marginTop: 16 }} />
      ) : null}
      <Form<FormValues>
        name="case-action"
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={(values) => void submit(values)}
      >
        {action === 'accept' ? (
          <Form.Item
            name="categoryId"
            label={t('cases.category')}
            rules={[{ required: true, message: t('cases.categoryRequired') }]}
            extra={category?.intakeDefault ? t('cases.acceptClassifyHint') : undefined}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={categories.isPending}
              options={(categories.data ?? [])
                .filter((x) => x.active || x.id === c.categoryId)
                .map((x) => ({ value: x.id, label: x.name }))}
            />
          </Form.Item>
        ) : null}
        {needs.has('orgId') ? (
          <Form.Item
            name="orgId"
            label={t('cases.assignOrg')}
            rules={[{ required: true, message: t('cases.assignOrgRequired') }]}
          >
            <OrgTreeSelect
              style={{ width: '100%' }}
              onChange={(next) => form.setFieldsValue({ orgId: next, handlerCadreId: undefined })}
            />
          </Form.Item>
        ) : null}
        {needs.has('handlerCadreId') ? (
          <Form.Item
            name="handlerCadreId"
            label={t('cases.assignHandler')}
            rules={[{ required: true, message: t('cases.assignHandlerRequired') }]}
            extra={
              category
                ? t('cases.dueByCategory', {
                    category: category.name,
                    days: category.timeLimitDays,
                  })
                : undefined
            }
          >
            <HandlerSelect orgId={orgId} />
          </Form.Item>
        ) : null}
        {action === 'answer' ? (
          <>
            <Form.Item
              name="measures"
              label={t('cases.measures')}
              rules={[{ max: MAX_CASE_CONTENT }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                placeholder={t('cases.measuresPlaceholder')}
                maxLength={MAX_CASE_CONTENT}
                showCount
              />
            </Form.Item>
            <Form.Item
              name="answer"
              label={t('cases.answer')}
              rules={[
                { required: true, whitespace: true, message: t('cases.answerRequired') },
                { max: MAX_CASE_CONTENT },
              ]}
            >
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 8 }}
                placeholder={t('cases.answerPlaceholder')}
                maxLength={MAX_CASE_CONTENT}
                showCount
              />
            </Form.Item>
            <Form.Item
              name="publicity"
              label={t('cases.publicity')}
              valuePropName="checked"
              extra={t('cases.publicityHint')}
            >
              <Switch />
            </Form.Item>
          </>
        ) : null}
        {needs.has('reason') ? (
          <Form.Item
            name="reason"
            label={t('cases.reason')}
            rules={[
              { required: true, whitespace: true, message: t('cases.reasonRequired') },
              { max: MAX_LEN.note },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={MAX_LEN.note}
              showCount
            />
          </Form.Item>
        ) : null}
        {needs.has('mergeIntoId') ? (
          <Form.Item
            name="mergeCode"
            label={t('cases.mergeInto')}
            normalize={(v: string) => v.toUpperCase()}
            rules={[
              { required: true, whitespace: true, message: t('cases.mergeIntoRequired') },
              { pattern: CODE, message: t('cases.mergeIntoInvalid') },
            ]}
          >
            <Input maxLength={10} style={{ fontFamily: 'monospace' }} autoComplete="off" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="note"
          label={t('cases.note')}
          rules={[
            ...(action === 'note'
              ? [{ required: true, whitespace: true, message: t('cases.noteRequired') }]
              : []),
            { max: MAX_LEN.note },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t('cases.notePlaceholder')}
            maxLength={MAX_LEN.note}
            showCount
          />
        </Form.Item>
        {action === 'sign_off' || action === 'accept' || action === 'start' ? (
          <Typography.Text type="secondary">
            {t('cases.confirmAction', { action: label })}
          </Typography.Text>
        ) : null}
      </Form>
    </Modal>
  );
}
