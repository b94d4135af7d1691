import { BellOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  DatePicker,
  Empty,
  Flex,
  Grid,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Switch,
  type TableColumnsType,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { ApiError, apiDownload } from '../../../ui/api';
import { errorMessage } from '../../../ui/errors';
import { orDash } from '../../../ui/format';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { useList } from '../../../ui/list/useList';
import { tablePagination } from '../../../ui/pagination';
import { QueryError } from '../../../ui/QueryError';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { ASSIGNMENTS_PATH, assignmentFilterQuery, assignmentKeys } from '../api/campaignsApi';
import {
  useActivities,
  useDeleteAssignment,
  useRemindOverdue,
  useUpdateDeadline,
} from '../hooks/useCampaigns';
import {
  type Assignment,
  type AssignmentFilters,
  type AssignmentStatus,
  assignmentStatuses,
  type Campaign,
} from '../types/campaign';
import { AssignModal } from './AssignModal';
import { AssignmentProgress } from './AssignmentProgress';
import { CampaignSelect } from './campaignField';
import { formatDateTime, fromDay, toDay } from './dates';
import { ReportModal } from './ReportModal';
import { ReportsDrawer } from './ReportsDrawer';

function DeadlineModal({
  assignment,
  onClose,
}: {
  assignment: Assignment | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const update = useUpdateDeadline();
  const [value, setValue] = useState<Dayjs | null>(null);
  return (
    <Modal
      open={assignment !== null}
      title={t('campaigns.assignments.editDeadline')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      afterOpenChange={(open) => setValue(open && assignment ? toDay(assignment.deadline) : null)}
      okButtonProps={{ disabled: !value }}
      onOk={() =>
        assignment &&
        value &&
        update.mutate(
          { id: assignment.id, deadline: fromDay(value) },
          {
            onSuccess: () => {
              void message.success(t('campaigns.assignments.deadlineSaved'));
              onClose();
            },
            onError: (error) => void message.error(errorMessage(error)),
          },
        )
      }
      onCancel={onClose}
    >
      <DatePicker
        value={value}
        onChange={setValue}
        aria-label={t('campaigns.assignments.deadline')}
      />
    </Modal>
  );
}

type Props = {
  /** On a campaign's tab: that campaign (its activities filter the list; the office assigns). */
  campaign?: Campaign;
  canPlan: boolean;
  canReport: boolean;
};

// What the address keeps (the list kit's `useList`: `?campaignId=…&status=done&overdue=true&page=2`),
// so a figure of 首页 opens the list filtered and every later change of a filter is written back.
// The controls are the panel's own (the activity picker follows the campaign); only the names and
// kinds are declared here. On a campaign's tab the campaign is the page's, not a filter.
const filtersOnCampaign = [
  { name: 'q', kind: 'text' },
  { name: 'activityId', kind: 'select' },
  { name: 'orgId', kind: 'custom' },
  { name: 'status', kind: 'select' },
  { name: 'overdue', kind: 'flag' },
] as const;
const filtersAcrossCampaigns = [
  { name: 'campaignId', kind: 'custom' },
  ...filtersOnCampaign,
] as const;

/** A status from the address, if it is one (a hand-edited address is not sent on). */
const statusOf = (value: string | undefined): AssignmentStatus | undefined =>
  assignmentStatuses.find((s) => s === value);

/** 任务分解 list with filters, overdue flags, progress reports, export and (office) assigning. */
export function AssignmentsPanel({ campaign, canPlan, canReport }: Props) {
  const { message } = App.useApp();
  const pin = Grid.useBreakpoint().md === true;
  const list = useList<Assignment, AssignmentFilters>({
    path: ASSIGNMENTS_PATH,
    queryKey: assignmentKeys.lists(),
    filters: campaign ? filtersOnCampaign : filtersAcrossCampaigns,
    toQuery: (f) =>
      assignmentFilterQuery({
        ...f,
        status: statusOf(f.status),
        campaignId: campaign?.id ?? f.campaignId,
      }),
  });
  const filters: AssignmentFilters = {
    ...list.filters,
    status: statusOf(list.filters.status),
    campaignId: campaign?.id ?? list.filters.campaignId,
  };
  const paging = { page: list.page, pageSize: list.pageSize };
  const setPaging = list.setPaging;
  const [assigning, setAssigning] = useState(false);
  const [reporting, setReporting] = useState<Assignment | null>(null);
  const [history, setHistory] = useState<Assignment | null>(null);
  const [deadline, setDeadline] = useState<Assignment | null>(null);
  const [exporting, setExporting] = useState(false);
  const campaignId = campaign?.id ?? filters.campaignId;
  const activities = useActivities(campaignId);
  const remove = useDeleteAssignment();
  const remind = useRemindOverdue();
  const open = campaign?.status !== 'closed';

  // written to the address (back to page 1); the campaign of a campaign's tab is not a filter
  const change = ({ campaignId: chosen, ...next }: AssignmentFilters) =>
    list.setFilters(campaign ? next : { ...next, campaignId: chosen });

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await apiDownload(
        `${ASSIGNMENTS_PATH}/export`,
        `${t('campaigns.tabs.assignments')}.xlsx`,
        list.query,
      );
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : t('excel.downloadFailed'));
    } finally {
      setExporting(false);
    }
  };

  const actionsOf = (a: Assignment) => (
    <Flex gap={0} wrap>
      {canReport && open ? (
        <Button type="link" size="small" onClick={() => setReporting(a)}>
          {t('campaigns.assignments.report')}
        </Button>
      ) : null}
      <Button type="link" size="small" onClick={() => setHistory(a)}>
        {t('campaigns.assignments.history')}
      </Button>
      {canPlan ? (
        <>
          <Button type="link" size="small" onClick={() => setDeadline(a)}>
            {t('campaigns.assignments.editDeadline')}
          </Button>
          <Popconfirm
            title={t('campaigns.assignments.deleteConfirm', {
              org: a.orgName,
              activity: a.activityTitle,
            })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutate(a.id, {
                onSuccess: () => void message.success(t('common.deleted')),
                onError: (error) => void message.error(errorMessage(error)),
              })
            }
          >
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </>
      ) : null}
    </Flex>
  );

  const columns: TableColumnsType<Assignment> = [
    {
      title: t('campaigns.assignments.activity'),
      key: 'activity',
      width: 220,
      fixed: 'start',
      render: (_: unknown, a) => (
        <Flex vertical>
          <Typography.Text>{`${a.activityNumber}. ${a.activityTitle}`}</Typography.Text>
          {campaign ? null : <Typography.Text type="secondary">{a.campaignName}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('campaigns.assignments.org'),
      dataIndex: 'orgName',
      width: 130,
      ellipsis: true,
    },
    {
      title: t('campaigns.assignments.deadline'),
      dataIndex: 'deadline',
      width: 100,
      render: (d: string, a) =>
        a.overdue ? <Typography.Text type="danger">{d}</Typography.Text> : d,
    },
    {
      title: t('campaigns.assignments.percent'),
      key: 'percent',
      width: 180,
      render: (_: unknown, a) => (
        <AssignmentProgress percent={a.percent} status={a.status} overdue={a.overdue} />
      ),
    },
    {
      title: t('campaigns.assignments.lastReport'),
      dataIndex: 'lastReportAt',
      width: 130,
      render: (v: string | null) => orDash(formatDateTime(v)),
    },
    actionColumn(canPlan ? 250 : canReport ? 170 : 90, actionsOf),
  ];

  return (
    <>
      <Flex wrap gap="small" justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap="small" align="center">
          <Input.Search
            maxLength={MAX_LEN.search}
            showCount
            allowClear
            placeholder={t('campaigns.assignments.searchPlaceholder')}
            aria-label={t('campaigns.assignments.searchPlaceholder')}
            style={{ width: 220 }}
            // the box shows what the address says, also after the back button (as the kit's)
            key={filters.q ?? ''}
            defaultValue={filters.q}
            onSearch={(q) => change({ ...filters, q: q.trim() || undefined })}
          />
          {campaign ? null : (
            <CampaignSelect
              allowClear
              placeholder={t('campaigns.assignments.filterCampaign')}
              aria-label={t('campaigns.assignments.filterCampaign')}
              style={{ width: 220 }}
              value={filters.campaignId}
              onChange={(id) => change({ ...filters, campaignId: id, activityId: undefined })}
            />
          )}
          {campaignId ? (
            <Select
              allowClear
              placeholder={t('campaigns.assignments.filterActivity')}
              aria-label={t('campaigns.assignments.filterActivity')}
              style={{ width: 220 }}
              value={filters.activityId}
              onChange={(activityId) => change({ ...filters, activityId })}
              options={(activities.data?.items ?? []).map((a) => ({
                value: a.id,
                label: `${a.number}. ${a.title}`,
              }))}
            />
          ) : null}
          <OrgTreeSelect
            allowClear
            aria-label={t('campaigns.assignments.filterOrg')}
            placeholder={t('campaigns.assignments.filterOrg')}
            value={filters.orgId}
            onChange={(orgId) => change({ ...filters, orgId })}
            style={{ width: 200 }}
          />
          <Select
            allowClear
            placeholder={t('campaigns.assignments.filterStatus')}
            aria-label={t('campaigns.assignments.filterStatus')}
            style={{ width: 120 }}
            value={filters.status}
            onChange={(status) => change({ ...filters, status })}
            options={assignmentStatuses.map((s) => ({
              value: s,
              label: t(`campaigns.assignments.statuses.${s}`),
            }))}
          />
          <Flex gap={6} align="center">
            <Switch
              checked={filters.overdue === true}
              onChange={(on) => change({ ...filters, overdue: on || undefined })}
              aria-label={t('campaigns.assignments.overdueOnly')}
            />
            {t('campaigns.assignments.overdueOnly')}
          </Flex>
        </Flex>
        <Flex wrap gap="small">
          {canPlan && campaign && open ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
              {t('campaigns.assignments.assign')}
            </Button>
          ) : null}
          {canPlan ? (
            <Button
              icon={<BellOutlined />}
              loading={remind.isPending}
              onClick={() =>
                remind.mutate(undefined, {
                  onSuccess: (r) =>
                    void message.success(
                      t('campaigns.assignments.reminded', {
                        overdue: r.overdue,
                        notified: r.notified,
                      }),
                    ),
                  onError: (error) => void message.error(errorMessage(error)),
                })
              }
            >
              {t('campaigns.assignments.remind')}
            </Button>
          ) : null}
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
            {t('excel.export')}
          </Button>
        </Flex>
      </Flex>
      {list.result.error ? (
        <QueryError error={list.result.error} onRetry={() => void list.result.refetch()} />
      ) : !pin ? (
        <List<Assignment>
          loading={list.result.isFetching}
          dataSource={list.result.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('campaigns.assignments.empty')} /> }}
          pagination={
            (list.result.data?.total ?? 0) > paging.pageSize
              ? {
                  current: paging.page,
                  pageSize: paging.pageSize,
                  total: list.result.data?.total ?? 0,
                  size: 'small',
                  onChange: (page) => setPaging({ ...paging, page }),
                }
              : false
          }
          renderItem={(a) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Typography.Text
                  strong
                >{`${a.activityNumber}. ${a.activityTitle}`}</Typography.Text>
                <Typography.Text type="secondary">
                  {a.orgName} · {t('campaigns.assignments.deadline')}{' '}
                  {a.overdue ? (
                    <Typography.Text type="danger">{a.deadline}</Typography.Text>
                  ) : (
                    a.deadline
                  )}
                </Typography.Text>
                <AssignmentProgress percent={a.percent} status={a.status} overdue={a.overdue} />
                {actionsOf(a)}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <ListTable<Assignment>
          rowKey="id"
          columns={columns}
          dataSource={list.result.data?.items ?? []}
          loading={list.result.isFetching}
          pagination={tablePagination(paging, list.result.data?.total ?? 0, setPaging)}
          empty={t('campaigns.assignments.empty')}
        />
      )}
      {campaign && canPlan ? (
        <AssignModal
          campaign={campaign}
          open={assigning}
          activityId={filters.activityId}
          onClose={() => setAssigning(false)}
        />
      ) : null}
      {canPlan ? <DeadlineModal assignment={deadline} onClose={() => setDeadline(null)} /> : null}
      {canReport ? <ReportModal assignment={reporting} onClose={() => setReporting(null)} /> : null}
      <ReportsDrawer assignment={history} onClose={() => setHistory(null)} />
    </>
  );
}
