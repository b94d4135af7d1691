import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { type Org, type OrgKind, orgKinds } from '../types/org';

export type OrgFormValues = {
  name: string;
  kind: OrgKind;
};

type OrgFormModalProps = {
  /** Unique per page: it prefixes the ids of the inputs. */
  formName: string;
  open: boolean;
  title: string;
  /** The org being edited; empty when creating. */
  initial?: Pick<Org, 'name' | 'kind'>;
  saving: boolean;
  onSubmit: (values: OrgFormValues) => void;
  onCancel: () => void;
};

const kindOptions = orgKinds.map((kind) => ({ value: kind, label: t(`orgs.kinds.${kind}`) }));

export function OrgFormModal({
  formName,
  open,
  title,
  initial,
  saving,
  onSubmit,
  onCancel,
}: OrgFormModalProps) {
  const [form] = Form.useForm<OrgFormValues>();

  useEffect(() => {
    if (open) form.setFieldsValue(initial ?? { name: '', kind: 'branch' });
  }, [open, initial, form]);

  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<OrgFormValues> name={formName} form={form} layout="vertical" onFinish={onSubmit}>
        <Form.Item
          name="name"
          label={t('orgs.name')}
          rules={[{ required: true, whitespace: true, message: t('orgs.nameRequired') }]}
        >
          <Input maxLength={MAX_LEN.name} showCount />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('orgs.kind')}
          rules={[{ required: true, message: t('orgs.kindRequired') }]}
        >
          <Select options={kindOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
