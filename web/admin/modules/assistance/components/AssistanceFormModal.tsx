import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors } from '../../../ui/forms';
import { useCadres } from '../../cadres/hooks/useCadres';
import { useCategoryDirectory } from '../../household-categories/hooks/useHouseholdCategories';
import { usePairings } from '../../pairings/hooks/usePairings';
import { useSaveAssistance } from '../hooks/useAssistance';
import type { Assistance } from '../types/assistance';

type FormValues = {
  cadreId?: string;
  householdId: string;
  date: Dayjs;
  measure: string;
  result?: string;
};

type AssistanceFormModalProps = {
  open: boolean;
  record: Assistance | null;
  /** a cadre records his own: no cadre to choose, households from his pairings */
  asCadre: boolean;
  onClose: () => void;
};

/** 登记帮扶: household, date, measure, result; usable on a phone. */
export function AssistanceFormModal({ open, record, asCadre, onClose }: AssistanceFormModalProps) {
  const [form] = Form.useForm<FormValues>();
  const categories = useCategoryDirectory();
  const { message } = App.useApp();
  const save = useSaveAssistance();
  const [cadreQuery, setCadreQuery] = useState('');
  const chosenCadre = Form.useWatch('cadreId', form);
  const cadres = useCadres({ q: cadreQuery || undefined, active: true, page: 1, pageSize: 50 });
  const pairings = usePairings(
    asCadre
      ? { mine: true, active: true, page: 1, pageSize: 100 }
      : { cadreId: chosenCadre, active: true, page: 1, pageSize: 100 },
    open && !record && (asCadre || Boolean(chosenCadre)),
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      record
        ? {
            cadreId: record.cadreId,
            householdId: record.householdId,
            date: dayjs(record.date),
            measure: record.measure,
            result: record.result,
          }
        : { date: dayjs() },
    );
  }, [open, record, form]);

  const householdOptions = record
    ? [{ value: record.householdId, label: record.householdHeadName }]
    : [...(pairings.data?.items ?? [])]
        // poor households first: the month's quota counts help to them
        .sort(
          (a, b) =>
            Number(b.householdCategories.some(categories.isPoor)) -
            Number(a.householdCategories.some(categories.isPoor)),
        )
        .map((p) => ({
          value: p.householdId,
          label: `${p.householdHeadName}（${p.contactPointName}${
            p.householdCategories.length
              ? ` · ${p.householdCategories.map(categories.labelOf).join('、')}`
              : ''
          }）`,
        }));
  const cadreOptions = record
    ? [{ value: record.cadreId, label: record.cadreName }]
    : (cadres.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.orgName}）` }));
  const noPairings = asCadre && !record && pairings.data?.total === 0;

  const submit = (values: FormValues) => {
    save.mutate(
      {
        id: record?.id ?? null,
        input: {
          householdId: values.householdId,
          ...(asCadre ? {} : { cadreId: values.cadreId }),
          date: values.date.format('YYYY-MM-DD'),
          measure: values.measure.trim(),
          result: values.result?.trim() ?? '',
        },
      },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={record ? t('households.assistance.editTitle') : t('households.assistance.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={560}
      forceRender
    >
      {noPairings ? (
        <Alert
          type="warning"
          showIcon
          title={t('households.assistance.noPairedHouseholds')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form<FormValues>
        name="assistance"
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError
      >
        {asCadre ? null : (
          <Form.Item
            name="cadreId"
            label={t('households.assistance.cadre')}
            rules={[{ required: true, message: t('households.assistance.cadreRequired') }]}
          >
            <Select
              options={cadreOptions}
              disabled={record !== null}
              loading={cadres.isFetching}
              showSearch={{ filterOption: false, onSearch: setCadreQuery }}
              onChange={() => form.setFieldValue('householdId', undefined)}
            />
          </Form.Item>
        )}
        <Form.Item
          name="householdId"
          label={t('households.assistance.household')}
          extra={asCadre && !record ? t('households.assistance.householdHintCadre') : undefined}
          rules={[{ required: true, message: t('households.assistance.householdRequired') }]}
        >
          <Select
            options={householdOptions}
            disabled={record !== null}
            loading={pairings.isFetching}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('households.assistance.date')}
          rules={[{ required: true, message: t('households.assistance.dateRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="measure"
          label={t('households.assistance.measure')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('households.assistance.measureRequired'),
            },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={MAX_LEN.note}
            showCount
            placeholder={t('households.assistance.measurePlaceholder')}
          />
        </Form.Item>
        <Form.Item name="result" label={t('households.assistance.result')}>
          <Input.TextArea
            rows={3}
            maxLength={MAX_LEN.note}
            showCount
            placeholder={t('households.assistance.resultPlaceholder')}
          />
        </Form.Item>
        <Typography.Text type="secondary">{t('households.assistance.poorNote')}</Typography.Text>
      </Form>
    </Modal>
  );
}
