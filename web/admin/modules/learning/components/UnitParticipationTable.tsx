import { useQuery } from '@tanstack/react-query';
import { Progress, type TableColumnsType } from 'antd';
import { t } from '../../../i18n';
import { ListTable } from '../../../ui/list/ListTable';
import { QueryError } from '../../../ui/QueryError';
import { fetchUnitParticipation, learningKeys } from '../api/learningApi';
import type { UnitParticipationRow } from '../types/learning';

const pct = (rate: number | null) =>
  rate === null ? '—' : <Progress percent={Math.round(rate * 100)} size="small" />;

const columns: TableColumnsType<UnitParticipationRow> = [
  { title: t('learning.units.org'), dataIndex: 'orgName', width: 170, ellipsis: true },
  { title: t('learning.units.cadres'), dataIndex: 'cadres', width: 70, align: 'center' },
  {
    title: t('learning.units.sessionsHeld'),
    dataIndex: 'sessionsHeld',
    width: 80,
    align: 'center',
  },
  {
    title: t('learning.units.attendance'),
    key: 'attendance',
    width: 150,
    render: (_, r) => pct(r.attendanceRate),
  },
  {
    title: t('learning.units.viewRate'),
    key: 'view',
    width: 150,
    render: (_, r) => pct(r.viewRate),
  },
  {
    title: t('learning.units.receipts'),
    key: 'receipts',
    width: 90,
    align: 'center',
    render: (_, r) => `${r.receiptsConfirmed}/${r.receiptsSent}`,
  },
  { title: t('learning.units.reflections'), dataIndex: 'reflections', width: 80, align: 'center' },
  {
    title: t('learning.units.volunteer'),
    key: 'volunteer',
    width: 130,
    align: 'center',
    render: (_, r) => `${r.volunteerHours} / ${r.volunteerTarget}`,
  },
];

/** The units of the scope (or under a unit) with their figures, above the cadres' list. */
export function UnitParticipationTable({
  orgId,
  campaignId,
}: {
  orgId?: string;
  campaignId?: string;
}) {
  const query = useQuery({
    queryKey: learningKeys.units({ orgId, campaignId }),
    queryFn: () => fetchUnitParticipation({ orgId, campaignId }),
  });
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  return (
    <ListTable<UnitParticipationRow>
      rowKey="orgId"
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isPending}
      empty={t('learning.units.empty')}
      pagination={false}
      size="small"
      simpleEmpty
    />
  );
}
