import { App, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors, inRange, RANGE_FIELDS } from '../../../ui/forms';
import { useCreateCampaign, useUpdateCampaign } from '../hooks/useCampaigns';
import type { Campaign } from '../types/campaign';
import { fromDay, toDay } from './dates';

type Values = {
  name: string;
  description?: string;
  dates: [Dayjs, Dayjs];
  reminderDaysBeforeMonthEnd: number;
};

type Props = {
  open: boolean;
  /** The campaign being edited; null for a new blank one. */
  campaign: Campaign | null;
  onClose: () => void;
  onCreated?: (campaign: Campaign) => void;
};

/** New blank campaign, or edit name, description, dates and reminder days. */
export function CampaignFormModal({ open, campaign, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const saving = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (campaign)
      form.setFieldsValue({
        name: campaign.name,
        description: campaign.description,
        dates: [toDay(campaign.startDate), toDay(campaign.endDate)],
        reminderDaysBeforeMonthEnd: campaign.reminderDaysBeforeMonthEnd,
      });
    else form.setFieldsValue({ reminderDaysBeforeMonthEnd: 5 });
  }, [open, campaign, form]);

  const submit = (values: Values) => {
    const input = {
      name: values.name.trim(),
      description: values.description?.trim() ?? '',
      startDate: fromDay(values.dates[0]),
      endDate: fromDay(values.dates[1]),
      reminderDaysBeforeMonthEnd: values.reminderDaysBeforeMonthEnd,
    };
    const onError = (error: unknown) => {
      if (!applyFieldErrors(form, error, RANGE_FIELDS)) void message.error(errorMessage(error));
    };
    if (campaign) {
      update.mutate(
        { id: campaign.id, input },
        {
          onSuccess: () => {
            void message.success(t('common.saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (created) => {
          void message.success(t('campaigns.created'));
          onClose();
          onCreated?.(created);
        },
        onError,
      });
    }
  };

  return (
    <Modal
      open={open}
      title={campaign ? t('campaigns.editTitle') : t('campaigns.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> name="campaign" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label={t('campaigns.name')}
          rules={[{ required: true, whitespace: true, message: t('campaigns.nameRequired') }]}
        >
          <Input maxLength={MAX_LEN.name} showCount />
        </Form.Item>
        <Form.Item
          name="dates"
          label={t('campaigns.dates')}
          rules={[{ required: true, message: t('campaigns.datesRequired') }]}
        >
          <DatePicker.RangePicker order={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reminderDaysBeforeMonthEnd"
          label={t('campaigns.reminderDays')}
          extra={t('campaigns.reminderDaysHelp')}
          rules={[{ required: true, message: t('campaigns.rules.required') }, inRange(0, 27)]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item name="description" label={t('campaigns.description')}>
          <Input.TextArea rows={4} maxLength={MAX_LEN.longText} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
