import { Button, Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { t } from '../../../i18n';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
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
  const columns: TableColumnsType<ComplianceItem> = [
    {
      title: t('compliance.cadre'),
      dataIndex: 'cadreName',
      fixed: 'start',
      width: 130,
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
      width: 60,
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
      width: 100,
      render: (_, r) => (
        <Typography.Text type={r.poorHouseholdsHelped < r.minPoorHelped ? 'danger' : undefined}>
          {r.poorHouseholdsHelped}
        </Typography.Text>
      ),
    },
    {
      title: t('compliance.status'),
      key: 'met',
      width: 240,
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
    actionColumn(72, (r: ComplianceItem) => (
      <Button type="link" size="small" onClick={() => onCalendar(r)}>
        {t('compliance.calendar')}
      </Button>
    )),
  ];
  return (
    <ListTable<ComplianceItem>
      rowKey="cadreId"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      empty={t('compliance.emptyCadres')}
    />
  );
}
