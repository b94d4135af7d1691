import { Button, Empty, Flex, Grid, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { t } from '../../../i18n';
import { type PageState, tablePagination } from '../../../ui/pagination';
import type { ComplianceItem } from '../types/compliance';
import { MetMark } from './MetMark';

type ComplianceTableProps = {
  rows: ComplianceItem[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  onCalendar: (item: ComplianceItem) => void;
};

/** One cadre a row: days x/y, paired households, poor households helped, met with the reasons. */
export function ComplianceTable({
  rows,
  total,
  loading,
  paging,
  onPageChange,
  onCalendar,
}: ComplianceTableProps) {
  const pinColumns = Grid.useBreakpoint().md === true;
  const columns: TableColumnsType<ComplianceItem> = [
    {
      title: t('compliance.cadre'),
      dataIndex: 'cadreName',
      fixed: pinColumns ? 'start' : undefined,
      width: 140,
      render: (name: string, item) => (
        <Flex gap={4} wrap align="center">
          <span>{name}</span>
          {item.leading ? <Tag color="volcano">{t('cadres.leading')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('compliance.rank'),
      dataIndex: 'rank',
      width: 64,
      render: (rank: ComplianceItem['rank']) => t(`cadres.ranks.${rank}`),
    },
    { title: t('compliance.unit'), dataIndex: 'orgName', width: 160, ellipsis: true },
    {
      title: t('compliance.days'),
      key: 'days',
      width: 80,
      render: (_, r) => (
        <Typography.Text type={r.daysLogged >= r.daysRequired ? undefined : 'danger'}>
          {r.daysLogged} / {r.daysRequired}
        </Typography.Text>
      ),
    },
    {
      title: t('compliance.paired'),
      key: 'paired',
      width: 90,
      render: (_, r) => (
        <Typography.Text
          type={
            r.pairedHouseholds < r.minHouseholds || r.pairedHouseholds > r.maxHouseholds
              ? 'danger'
              : undefined
          }
        >
          {r.pairedHouseholds}
        </Typography.Text>
      ),
    },
    {
      title: t('compliance.poorHelped'),
      key: 'poor',
      width: 96,
      render: (_, r) => (
        <Typography.Text type={r.poorHouseholdsHelped < r.minPoorHelped ? 'danger' : undefined}>
          {r.poorHouseholdsHelped}
        </Typography.Text>
      ),
    },
    {
      title: t('compliance.status'),
      key: 'met',
      width: 260,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <MetMark met={r.met} />
          {r.reasons.length ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.reasons.join('；')}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 72,
      fixed: pinColumns ? 'end' : undefined,
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => onCalendar(r)}>
          {t('compliance.calendar')}
        </Button>
      ),
    },
  ];
  return (
    <Table<ComplianceItem>
      rowKey="cadreId"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(paging, total, onPageChange)}
      locale={{ emptyText: <Empty description={t('compliance.emptyCadres')} /> }}
    />
  );
}
