import { useQuery } from '@tanstack/react-query';
import { Card, Progress, Table, type TableColumnsType, Typography } from 'antd';
import { t } from '../../../i18n';
import { QueryError } from '../../../ui/QueryError';
import { fetchProgress, rectificationKeys } from '../api/rectificationsApi';
import type { ProgressRow } from '../types/rectification';

const R = 'rectifications' as const;

const count = (title: string, key: keyof ProgressRow, danger = false) => ({
  title,
  key,
  width: 84,
  align: 'right' as const,
  render: (_: unknown, row: ProgressRow) =>
    danger && row[key] ? <Typography.Text type="danger">{row[key]}</Typography.Text> : row[key],
});

const columns: TableColumnsType<ProgressRow> = [
  { title: t(`${R}.progressUnit`), dataIndex: 'orgName', key: 'org', fixed: 'start', width: 180 },
  count(t(`${R}.progressTotal`), 'total'),
  count(t(`${R}.progressOpen`), 'open'),
  count(t(`${R}.progressInProgress`), 'inProgress'),
  count(t(`${R}.progressSubmitted`), 'submitted'),
  count(t(`${R}.progressDone`), 'done'),
  count(t(`${R}.progressOverdue`), 'overdue', true),
  {
    title: t(`${R}.progressRate`),
    key: 'rate',
    width: 160,
    render: (_: unknown, row: ProgressRow) => <Progress percent={row.rate} size="small" />,
  },
];

/** 整改进度 per unit, over the same filters as the list below it (unit and campaign). */
export function ProgressTable({ orgId, campaignId }: { orgId?: string; campaignId?: string }) {
  const query = { orgId, campaignId };
  const progress = useQuery({
    queryKey: rectificationKeys.progress(query),
    queryFn: () => fetchProgress(query),
  });
  return (
    <Card size="small" title={t(`${R}.progressTitle`)} style={{ marginBottom: 16 }}>
      {progress.error ? (
        <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <Table<ProgressRow>
          size="small"
          rowKey="orgId"
          columns={columns}
          dataSource={progress.data?.items ?? []}
          loading={progress.isFetching}
          pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}
