import { Alert, App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { inRange } from '../../../ui/forms';
import { useCopyCampaign } from '../hooks/useCampaigns';
import type { Campaign } from '../types/campaign';

type Values = { by: 'year' | 'days'; year?: number; shiftDays?: number; name?: string };

/** 复制到新年度: phases, activities and the latest quota rules with every date shifted. */
export function CopyCampaignModal({
  campaign,
  onClose,
  onCopied,
}: {
  campaign: Campaign | null;
  onClose: () => void;
  onCopied?: (copy: Campaign) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const copy = useCopyCampaign();
  const by = Form.useWatch('by', form);

  useEffect(() => {
    if (campaign)
      form.setFieldsValue({
        by: 'year',
        year: Number(campaign.startDate.slice(0, 4)) + 1,
        shiftDays: undefined,
        name: undefined,
      });
  }, [campaign, form]);

  const submit = (values: Values) => {
    if (!campaign) return;
    const name = values.name?.trim() || undefined;
    const input =
      values.by === 'year'
        ? { year: values.year ?? 0, name }
        : { shiftDays: values.shiftDays ?? 0, name };
    copy.mutate(
      { id: campaign.id, input },
      {
        onSuccess: (created) => {
          void message.success(t('campaigns.copied', { name: created.name }));
          onClose();
          onCopied?.(created);
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };

  return (
    <Modal
      open={campaign !== null}
      title={campaign ? t('campaigns.copyTitle', { name: campaign.name }) : ''}
      okText={t('campaigns.copy')}
      cancelText={t('common.cancel')}
      confirmLoading={copy.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Alert type="info" showIcon title={t('campaigns.copyHelp')} style={{ marginBottom: 16 }} />
      <Form<Values> name="campaign-copy" form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="by" label={t('campaigns.copyBy')}>
          <Radio.Group
            options={[
              { value: 'year', label: t('campaigns.copyByYear') },
              { value: 'days', label: t('campaigns.copyByDays') },
            ]}
          />
        </Form.Item>
        {by === 'days' ? (
          <Form.Item
            name="shiftDays"
            label={t('campaigns.shiftDays')}
            rules={[
              { required: true, message: t('campaigns.shiftDaysRequired') },
              inRange(-3650, 3650),
            ]}
          >
            <InputNumber precision={0} />
          </Form.Item>
        ) : (
          <Form.Item
            name="year"
            label={t('campaigns.year')}
            rules={[{ required: true, message: t('campaigns.yearRequired') }, inRange(2000, 2100)]}
          >
            <InputNumber precision={0} />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('campaigns.nameOptional')}>
          <Input maxLength={MAX_LEN.name} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
