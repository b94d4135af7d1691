import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { inRange } from '../../../ui/forms';
import { useCreateCampaign } from '../hooks/useCampaigns';
import type { Campaign, CampaignTemplate } from '../types/campaign';

type Values = { template: CampaignTemplate; year: number; name?: string };

const templates: CampaignTemplate[] = ['gong-2014'];

/** 从模板新建: the built-in 2014 plan, optionally moved to another year. */
export function TemplateModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (campaign: Campaign) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateCampaign();

  useEffect(() => {
    if (open) form.setFieldsValue({ template: 'gong-2014', year: 2014, name: undefined });
  }, [open, form]);

  const submit = (values: Values) =>
    create.mutate(
      {
        fromTemplate: values.template,
        year: values.year,
        name: values.name?.trim() || undefined,
      },
      {
        onSuccess: (created) => {
          void message.success(t('campaigns.created'));
          onClose();
          onCreated(created);
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );

  return (
    <Modal
      open={open}
      title={t('campaigns.templateTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        title={t('campaigns.templateHelp')}
        style={{ marginBottom: 16 }}
      />
      <Form<Values> name="campaign-template" form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="template" label={t('campaigns.template')} rules={[{ required: true }]}>
          <Select
            options={templates.map((key) => ({
              value: key,
              label: t(`campaigns.templates.${key}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('campaigns.year')}
          rules={[{ required: true, message: t('campaigns.yearRequired') }, inRange(2000, 2100)]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item name="name" label={t('campaigns.nameOptional')}>
          <Input maxLength={MAX_LEN.name} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
