import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { ConfirmLinkButton } from '../../../ui/ConfirmLinkButton';
import { errorMessage } from '../../../ui/errors';
import { orDash } from '../../../ui/format';
import { inRange } from '../../../ui/forms';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { QueryError } from '../../../ui/QueryError';
import {
  useActivities,
  useDeleteActivity,
  usePhases,
  useSaveActivity,
} from '../hooks/useCampaigns';
import {
  type Activity,
  type ActivityModule,
  activityModules,
  type Campaign,
} from '../types/campaign';
import { ModuleTag } from './ModuleTag';

type Values = {
  number?: number;
  title: string;
  description?: string;
  module: ActivityModule;
  phaseId?: string | null;
};

function ActivityFormModal({
  campaign,
  activity,
  onClose,
}: {
  campaign: Campaign;
  activity: Activity | null | undefined;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSaveActivity(campaign.id);
  const phases = usePhases(campaign.id);
  const open = activity !== undefined;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (activity)
      form.setFieldsValue({
        number: activity.number,
        title: activity.title,
        description: activity.description,
        module: activity.module,
        phaseId: activity.phaseId,
      });
    else form.setFieldsValue({ module: 'other', phaseId: null });
  }, [open, activity, form]);

  const submit = (v: Values) =>
    save.mutate(
      {
        id: activity?.id ?? null,
        input: {
          number: v.number ?? undefined,
          title: v.title.trim(),
          description: v.description?.trim() ?? '',
          module: v.module,
          phaseId: v.phaseId ?? null,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );

  return (
    <Modal
      open={open}
      title={activity ? t('campaigns.activities.editTitle') : t('campaigns.activities.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      <Form<Values> name="activity" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="number"
          label={t('campaigns.activities.number')}
          extra={t('campaigns.activities.numberHelp')}
          rules={[inRange(1, 999)]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('campaigns.activities.title')}
          rules={[
            { required: true, whitespace: true, message: t('campaigns.activities.titleRequired') },
          ]}
        >
          <Input maxLength={MAX_LEN.activityTitle} showCount />
        </Form.Item>
        <Flex gap="middle" wrap>
          <Form.Item
            name="module"
            label={t('campaigns.activities.module')}
            rules={[{ required: true, message: t('campaigns.activities.moduleRequired') }]}
            style={{ minWidth: 200, flex: 1 }}
          >
            <Select
              options={activityModules.map((m) => ({
                value: m,
                label: t(`campaigns.activities.modules.${m}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="phaseId"
            label={t('campaigns.activities.phase')}
            style={{ minWidth: 200, flex: 1 }}
          >
            <Select
              loading={phases.isPending}
              options={[
                { value: null, label: t('campaigns.activities.noPhase') },
                ...(phases.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
              ]}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="description" label={t('campaigns.activities.description')}>
          <Input.TextArea rows={6} maxLength={MAX_LEN.longText} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 活动项目: the numbered activities with the module that carries each. */
export function ActivitiesTab({ campaign, canPlan }: { campaign: Campaign; canPlan: boolean }) {
  const activities = useActivities(campaign.id);
  const remove = useDeleteActivity(campaign.id);
  const [editing, setEditing] = useState<Activity | null | undefined>(undefined);

  const columns: TableColumnsType<Activity> = [
    { title: t('campaigns.activities.number'), dataIndex: 'number', width: 60 },
    {
      title: t('campaigns.activities.title'),
      dataIndex: 'title',
      width: 300,
      render: (title: string, a) => (
        <Flex vertical gap={2} style={{ maxWidth: 560 }}>
          <Typography.Text strong>{title}</Typography.Text>
          {a.description ? (
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 2, expandable: true, symbol: t('campaigns.activities.expand') }}
              style={{ margin: 0 }}
            >
              {a.description}
            </Typography.Paragraph>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('campaigns.activities.module'),
      dataIndex: 'module',
      width: 110,
      render: (m: ActivityModule) => <ModuleTag module={m} />,
    },
    { title: t('campaigns.activities.phase'), dataIndex: 'phaseName', width: 100, render: orDash },
    { title: t('campaigns.activities.assignmentCount'), dataIndex: 'assignmentCount', width: 100 },
    ...(canPlan
      ? [
          actionColumn(130, (a: Activity) => (
            <Flex gap={0}>
              <Button type="link" size="small" onClick={() => setEditing(a)}>
                {t('common.edit')}
              </Button>
              <ConfirmLinkButton
                label={t('common.delete')}
                confirmTitle={t('common.deleteConfirm', { name: a.title })}
                confirmDescription={t('campaigns.activities.deleteHint')}
                doneMessage={t('common.deleted')}
                danger
                pending={remove.isPending}
                onConfirm={() => remove.mutateAsync(a.id)}
              />
            </Flex>
          )),
        ]
      : []),
  ];

  if (activities.error)
    return <QueryError error={activities.error} onRetry={() => void activities.refetch()} />;
  return (
    <>
      {canPlan ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('campaigns.activities.add')}
          </Button>
        </Flex>
      ) : null}
      <ListTable<Activity>
        rowKey="id"
        columns={columns}
        dataSource={activities.data?.items ?? []}
        loading={activities.isFetching}
        pagination={false}
        empty={t('campaigns.activities.empty')}
      />
      {canPlan ? (
        <ActivityFormModal
          campaign={campaign}
          activity={editing}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </>
  );
}
