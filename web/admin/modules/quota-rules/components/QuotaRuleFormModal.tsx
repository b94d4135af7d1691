import { App, DatePicker, Form, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { monthOf, todayInChina } from '../../../../../common/dates.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { inRange } from '../../../ui/forms';
import { useCreateQuotaRule } from '../hooks/useQuotaRules';
import { type QuotaRule, type Rank, ranks } from '../types/quotaRule';

type Values = {
  rank: Rank;
  effectiveFrom: Dayjs;
  minDaysPerMonth: number;
  minHouseholds: number;
  maxHouseholds: number;
  minPoorHelped: number;
};

type Props = {
  campaign: { id: string; startDate: string; endDate: string };
  /** undefined = closed; otherwise the rank to adjust and its version in force, if any */
  editing: { rank: Rank; rule: QuotaRule | undefined } | undefined;
  onClose: () => void;
};

const thisMonth = () => dayjs(monthOf(todayInChina()), 'YYYY-MM');

/** 调整指标: a new version of a rank's quota from a month on (the office only). */
export function QuotaRuleFormModal({ campaign, editing, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateQuotaRule();
  const start = dayjs(campaign.startDate.slice(0, 7), 'YYYY-MM');
  const end = dayjs(campaign.endDate.slice(0, 7), 'YYYY-MM');
  const started = dayjs().format('YYYY-MM-DD') >= campaign.startDate;
  const earliest = started && thisMonth().isAfter(start) ? thisMonth() : start;

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    const r = editing.rule;
    form.setFieldsValue({
      rank: editing.rank,
      effectiveFrom: earliest.isAfter(end) ? end : earliest,
      minDaysPerMonth: r?.minDaysPerMonth ?? 3,
      minHouseholds: r?.minHouseholds ?? 3,
      maxHouseholds: r?.maxHouseholds ?? 5,
      minPoorHelped: r?.minPoorHelped ?? 1,
    });
  }, [editing, form, earliest, end]);

  const submit = (v: Values) => {
    const effectiveFrom = v.effectiveFrom.format('YYYY-MM');
    create.mutate(
      {
        campaignId: campaign.id,
        rank: v.rank,
        effectiveFrom,
        minDaysPerMonth: v.minDaysPerMonth,
        minHouseholds: v.minHouseholds,
        maxHouseholds: v.maxHouseholds,
        minPoorHelped: v.minPoorHelped,
      },
      {
        onSuccess: () => {
          void message.success(t('campaigns.rules.saved', { month: effectiveFrom }));
          onClose();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };

  const required = { required: true, message: t('campaigns.rules.required') };
  return (
    <Modal
      open={editing !== undefined}
      title={t('campaigns.rules.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> name="quota-rule" form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="rank" label={t('campaigns.rules.rank')} rules={[required]}>
          <Select
            options={ranks.map((r) => ({ value: r, label: t(`campaigns.rules.ranks.${r}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label={t('campaigns.rules.effectiveFrom')}
          extra={t('campaigns.rules.monthHelp')}
          rules={[{ required: true, message: t('campaigns.rules.monthRequired') }]}
        >
          <DatePicker
            picker="month"
            disabledDate={(d) => d.isBefore(earliest, 'month') || d.isAfter(end, 'month')}
          />
        </Form.Item>
        <Form.Item
          name="minDaysPerMonth"
          label={t('campaigns.rules.minDays')}
          rules={[required, inRange(0, 31)]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item
          name="minHouseholds"
          label={t('campaigns.rules.minHouseholds')}
          rules={[required, inRange(0, 100)]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item
          name="maxHouseholds"
          label={t('campaigns.rules.maxHouseholds')}
          dependencies={['minHouseholds']}
          rules={[
            required,
            inRange(0, 100),
            ({ getFieldValue }) => ({
              validator: (_, value: number | undefined) =>
                value === undefined || value >= (getFieldValue('minHouseholds') as number)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('campaigns.rules.rangeInvalid'))),
            }),
          ]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item
          name="minPoorHelped"
          label={t('campaigns.rules.minPoor')}
          rules={[required, inRange(0, 100)]}
        >
          <InputNumber precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
