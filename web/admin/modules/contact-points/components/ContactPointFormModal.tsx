import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors, inRange } from '../../../ui/forms';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useSaveContactPoint } from '../hooks/useContactPoints';
import { type ContactPoint, type ContactPointKind, contactPointKinds } from '../types/contactPoint';

type ContactPointFormValues = {
  name: string;
  kind: ContactPointKind;
  county?: string;
  address?: string;
  latitude?: number | null;
  longitude?: number | null;
  orgId: string;
};

type ContactPointFormModalProps = {
  open: boolean;
  contactPoint: ContactPoint | null;
  defaultOrgId: string | null;
  onClose: () => void;
};

const kindOptions = contactPointKinds.map((kind) => ({
  value: kind,
  label: t(`contactPoints.kinds.${kind}`),
}));

function toFormValues(
  point: ContactPoint | null,
  defaultOrgId: string | null,
): Partial<ContactPointFormValues> {
  if (!point) return { kind: 'village', ...(defaultOrgId ? { orgId: defaultOrgId } : {}) };
  return { ...point };
}

export function ContactPointFormModal({
  open,
  contactPoint,
  defaultOrgId,
  onClose,
}: ContactPointFormModalProps) {
  const [form] = Form.useForm<ContactPointFormValues>();
  const { message } = App.useApp();
  const save = useSaveContactPoint();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toFormValues(contactPoint, defaultOrgId));
  }, [open, contactPoint, defaultOrgId, form]);

  const submit = (values: ContactPointFormValues) => {
    const input = {
      name: values.name.trim(),
      kind: values.kind,
      county: values.county?.trim() ?? '',
      address: values.address?.trim() ?? '',
      latitude: values.latitude ?? null,
      longitude: values.longitude ?? null,
      orgId: values.orgId,
    };
    save.mutate(
      { id: contactPoint?.id ?? null, input },
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
      title={contactPoint ? t('contactPoints.editTitle') : t('contactPoints.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      <Form<ContactPointFormValues>
        name="contactPoint"
        form={form}
        layout="vertical"
        onFinish={submit}
      >
        <Row gutter={16}>
          <Col xs={24} sm={16}>
            <Form.Item
              name="name"
              label={t('contactPoints.name')}
              rules={[
                { required: true, whitespace: true, message: t('contactPoints.nameRequired') },
              ]}
            >
              <Input maxLength={MAX_LEN.name} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="kind"
              label={t('contactPoints.kind')}
              rules={[{ required: true, message: t('contactPoints.kindRequired') }]}
            >
              <Select options={kindOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="county" label={t('contactPoints.county')}>
              <Input maxLength={MAX_LEN.county} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="address" label={t('contactPoints.address')}>
              <Input maxLength={MAX_LEN.address} showCount />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="latitude"
              label={t('contactPoints.latitude')}
              rules={[inRange(-90, 90)]}
            >
              <InputNumber step={0.000001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="longitude"
              label={t('contactPoints.longitude')}
              rules={[inRange(-180, 180)]}
            >
              <InputNumber step={0.000001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="orgId"
              label={t('contactPoints.org')}
              rules={[{ required: true, message: t('contactPoints.orgRequired') }]}
            >
              <OrgTreeSelect style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
