import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  type TableColumnsType,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { ConfirmLinkButton } from '../../../ui/ConfirmLinkButton';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors, inRange, RANGE_FIELDS } from '../../../ui/forms';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { QueryError } from '../../../ui/QueryError';
import { useDeletePhase, usePhases, useSavePhase } from '../hooks/useCampaigns';
import type { Campaign, Phase } from '../types/campaign';
import { formatRange, fromDay, toDay, todayInChina } from './dates';

type Values = { name: string; dates: [Dayjs, Dayjs]; sortOrder?: number };

function PhaseFormModal({
  campaign,
  phase,
  onClose,
}: {
  campaign: Campaign;
  /** undefined = closed, null = new */
  phase: Phase | null | undefined;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useSavePhase(campaign.id);
  const open = phase !== undefined;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (phase)
      form.setFieldsValue({
        name: phase.name,
        dates: [toDay(phase.startDate), toDay(phase.endDate)],
        sortOrder: phase.sortOrder,
      });
  }, [open, phase, form]);

  const submit = (v: Values) =>
    save.mutate(
      {
        id: phase?.id ?? null,
        input: {
          name: v.name.trim(),
          startDate: fromDay(v.dates[0]),
          endDate: fromDay(v.dates[1]),
          sortOrder: v.sortOrder,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, RANGE_FIELDS)) void message.error(errorMessage(error));
        },
      },
    );

  const outside = (d: Dayjs) => {
    const day = fromDay(d);
    return day < campaign.startDate || day > campaign.endDate;
  };

  return (
    <Modal
      open={open}
      title={phase ? t('campaigns.phases.editTitle') : t('campaigns.phases.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> name="phase" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label={t('campaigns.phases.name')}
          rules={[
            { required: true, whitespace: true, message: t('campaigns.phases.nameRequired') },
          ]}
        >
          <Input maxLength={MAX_LEN.phaseName} showCount />
        </Form.Item>
        <Form.Item
          name="dates"
          label={t('campaigns.phases.dates')}
          extra={t('campaigns.phases.outside', {
            start: campaign.startDate,
            end: campaign.endDate,
          })}
          rules={[{ required: true, message: t('campaigns.phases.datesRequired') }]}
        >
          <DatePicker.RangePicker order={false} style={{ width: '100%' }} disabledDate={outside} />
        </Form.Item>
        <Form.Item
          name="sortOrder"
          label={t('campaigns.phases.sortOrder')}
          rules={[inRange(0, 1000)]}
        >
          <InputNumber precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 阶段 of a campaign; the office adds, edits and deletes them. */
export function PhasesTab({ campaign, canPlan }: { campaign: Campaign; canPlan: boolean }) {
  const phases = usePhases(campaign.id);
  const remove = useDeletePhase(campaign.id);
  const [editing, setEditing] = useState<Phase | null | undefined>(undefined);
  const today = todayInChina();

  const columns: TableColumnsType<Phase> = [
    { title: t('campaigns.phases.sortOrder'), dataIndex: 'sortOrder', width: 70 },
    {
      title: t('campaigns.phases.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <Flex gap={4} align="center" wrap>
          {name}
          {p.startDate <= today && today <= p.endDate ? (
            <Tag color="processing">{t('campaigns.phases.current')}</Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('campaigns.phases.dates'),
      key: 'dates',
      render: (_: unknown, p) => formatRange(p.startDate, p.endDate),
    },
    ...(canPlan
      ? [
          actionColumn(140, (p: Phase) => (
            <Flex gap={0}>
              <Button type="link" size="small" onClick={() => setEditing(p)}>
                {t('common.edit')}
              </Button>
              <ConfirmLinkButton
                label={t('common.delete')}
                confirmTitle={t('common.deleteConfirm', { name: p.name })}
                doneMessage={t('common.deleted')}
                danger
                pending={remove.isPending}
                onConfirm={() => remove.mutateAsync(p.id)}
              />
            </Flex>
          )),
        ]
      : []),
  ];

  if (phases.error)
    return <QueryError error={phases.error} onRetry={() => void phases.refetch()} />;
  return (
    <>
      {canPlan ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('campaigns.phases.add')}
          </Button>
        </Flex>
      ) : null}
      <ListTable<Phase>
        rowKey="id"
        columns={columns}
        dataSource={phases.data?.items ?? []}
        loading={phases.isFetching}
        pagination={false}
        empty={t('campaigns.phases.empty')}
      />
      {canPlan ? (
        <PhaseFormModal campaign={campaign} phase={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </>
  );
}
