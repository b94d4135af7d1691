import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Empty, Flex, Form, Input, Modal, Row, Select } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { PHONE_RE } from '../../../../../common/phone.ts';
import { t } from '../../../i18n';
import { ApiError } from '../../../ui/api';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors, emptyToNull } from '../../../ui/forms';
import { useCategoryDirectory } from '../../household-categories/hooks/useHouseholdCategories';
import { useSaveHousehold } from '../hooks/useHouseholds';
import type {
  Household,
  HouseholdCategory,
  HouseholdInput,
  HouseholdMember,
} from '../types/household';
import { ContactPointSelect } from './ContactPointSelect';

/** 18 characters, the last a digit or X; the server checks the GB 11643 check character. */
const ID_NUMBER_PATTERN = /^\d{17}[\dXx]$/;

type FormValues = {
  contactPointId: string;
  headName: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  categories: HouseholdCategory[];
  members: HouseholdMember[];
  notes?: string;
};

type HouseholdFormModalProps = {
  open: boolean;
  household: Household | null;
  defaultContactPointId?: string;
  onClose: () => void;
};

/**
 * Create or edit a household. When editing, ID number and phone are only known masked: the
 * fields start empty and an empty field leaves the stored value unchanged.
 */
export function HouseholdFormModal({
  open,
  household,
  defaultContactPointId,
  onClose,
}: HouseholdFormModalProps) {
  const [form] = Form.useForm<FormValues>();
  // the categories in use, and a retired one this household still has
  const categoryOptions = useCategoryDirectory()
    .items.filter((c) => c.active || household?.categories.includes(c.code))
    .map((c) => ({ value: c.code, label: c.label }));
  const { message } = App.useApp();
  const save = useSaveHousehold();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      household
        ? {
            contactPointId: household.contactPointId,
            headName: household.headName,
            address: household.address,
            categories: household.categories,
            members: household.members,
            notes: household.notes,
          }
        : {
            categories: [],
            members: [],
            ...(defaultContactPointId ? { contactPointId: defaultContactPointId } : {}),
          },
    );
  }, [open, household, defaultContactPointId, form]);

  const submit = (values: FormValues) => {
    const idNumber = emptyToNull(values.idNumber)?.toUpperCase() ?? null;
    const phone = emptyToNull(values.phone);
    const input: HouseholdInput = {
      contactPointId: values.contactPointId,
      headName: values.headName.trim(),
      address: values.address?.trim() ?? '',
      categories: values.categories,
      members: values.members.map((m) => ({ name: m.name.trim(), relation: m.relation.trim() })),
      notes: values.notes?.trim() ?? '',
      // editing: an empty field keeps what is stored (it is only shown masked)
      ...(household ? {} : { idNumber, phone }),
      ...(household && idNumber ? { idNumber } : {}),
      ...(household && phone ? { phone } : {}),
    };
    save.mutate(
      { id: household?.id ?? null, input },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'HOUSEHOLD_ID_NUMBER_TAKEN') {
            form.setFields([{ name: 'idNumber', errors: [error.message] }]);
          } else if (!applyFieldErrors(form, error)) {
            void message.error(errorMessage(error));
          }
        },
      },
    );
  };

  const keepHint = (value: string | null | undefined) =>
    household && value ? t('households.keepHint', { value }) : undefined;

  return (
    <Modal
      open={open}
      title={household ? t('households.editTitle') : t('households.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      forceRender
    >
      <Form<FormValues>
        name="household"
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="headName"
              label={t('households.headName')}
              rules={[
                { required: true, whitespace: true, message: t('households.headNameRequired') },
              ]}
            >
              <Input maxLength={MAX_LEN.personName} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="contactPointId"
              label={t('households.contactPoint')}
              rules={[{ required: true, message: t('households.contactPointRequired') }]}
            >
              <ContactPointSelect style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="idNumber"
              label={t('households.idNumber')}
              extra={keepHint(household?.idNumber)}
              rules={[{ pattern: ID_NUMBER_PATTERN, message: t('households.idNumberInvalid') }]}
            >
              <Input
                maxLength={18}
                autoComplete="off"
                placeholder={household?.idNumber ?? undefined}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="phone"
              label={t('households.phone')}
              extra={keepHint(household?.phone)}
              rules={[{ pattern: PHONE_RE, message: t('households.phoneInvalid') }]}
            >
              <Input
                maxLength={MAX_LEN.phone}
                inputMode="tel"
                autoComplete="off"
                placeholder={household?.phone ?? undefined}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('households.address')}>
              <Input maxLength={MAX_LEN.address} showCount />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="categories" label={t('households.categoriesLabel')}>
              <Select mode="multiple" options={categoryOptions} allowClear />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('households.members')} style={{ marginBottom: 8 }}>
              <Form.List name="members">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={8}>
                    {fields.length === 0 ? (
                      <Empty
                        image={Empty.PRESENTED_IMAGE_SIMPLE}
                        description={t('households.noMembers')}
                        style={{ margin: 0 }}
                      />
                    ) : null}
                    {fields.map((field) => (
                      <Flex key={field.key} gap={8} align="start">
                        <Form.Item
                          name={[field.name, 'name']}
                          rules={[
                            {
                              required: true,
                              whitespace: true,
                              message: t('households.memberNameRequired'),
                            },
                          ]}
                          style={{ flex: 1, marginBottom: 0 }}
                        >
                          <Input
                            placeholder={t('households.memberName')}
                            aria-label={t('households.memberName')}
                            maxLength={MAX_LEN.personName}
                            showCount
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'relation']}
                          rules={[
                            {
                              required: true,
                              whitespace: true,
                              message: t('households.memberRelationRequired'),
                            },
                          ]}
                          style={{ flex: 1, marginBottom: 0 }}
                        >
                          <Input
                            placeholder={t('households.memberRelation')}
                            aria-label={t('households.memberRelation')}
                            maxLength={MAX_LEN.relation}
                            showCount
                          />
                        </Form.Item>
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label={t('households.removeMember')}
                          onClick={() => remove(field.name)}
                        />
                      </Flex>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ name: '', relation: '' })}
                    >
                      {t('households.addMember')}
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('households.notes')}>
              <Input.TextArea rows={3} maxLength={MAX_LEN.note} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
