import { Alert, App, DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { OrgMultiSelect } from '../../orgs/components/OrgMultiSelect';
import { useActivities, useAssign } from '../hooks/useCampaigns';
import type { Campaign } from '../types/campaign';
import { fromDay, toDay } from './dates';

type Values = { activityId: string; orgIds: string[]; deadline: Dayjs };

/** 分解任务: one activity to one or many units with a deadline. */
export function AssignModal({
  campaign,
  open,
  activityId,
  onClose,
}: {
  campaign: Campaign;
  open: boolean;
  activityId?: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const activities = useActivities(campaign.id);
  const assign = useAssign();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ activityId, orgIds: [], deadline: toDay(campaign.endDate) });
  }, [open, activityId, campaign.endDate, form]);

  const submit = (v: Values) =>
    assign.mutate(
      { activityId: v.activityId, orgIds: v.orgIds, deadline: fromDay(v.deadline) },
      {
        onSuccess: (r) => {
          void message.success(
            t('campaigns.assignments.assigned', { created: r.created, updated: r.updated }),
          );
          onClose();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );

  return (
    <Modal
      open={open}
      title={t('campaigns.assignments.assignTitle')}
      okText={t('campaigns.assignments.assign')}
      cancelText={t('common.cancel')}
      confirmLoading={assign.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        title={t('campaigns.assignments.assignHelp')}
        style={{ marginBottom: 16 }}
      />
      <Form<Values> name="assign" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="activityId"
          label={t('campaigns.assignments.activity')}
          rules={[{ required: true, message: t('campaigns.assignments.activityRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={activities.isPending}
            options={(activities.data?.items ?? []).map((a) => ({
              value: a.id,
              label: `${a.number}. ${a.title}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="orgIds"
          label={t('campaigns.assignments.orgs')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('campaigns.assignments.orgsRequired'),
            },
          ]}
        >
          <OrgMultiSelect />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('campaigns.assignments.deadline')}
          rules={[{ required: true, message: t('campaigns.assignments.deadlineRequired') }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
