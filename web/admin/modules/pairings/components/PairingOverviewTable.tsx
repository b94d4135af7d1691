import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, type TableColumnsType, Tag } from 'antd';
import { t } from '../../../i18n';
import { actionColumn, ListTable } from '../../../ui/list/ListTable';
import { type PageState, tablePagination } from '../../../ui/pagination';
import type { PairingOverviewItem } from '../types/pairing';
import { CadrePairings } from './CadrePairings';
import { QuotaTag } from './QuotaTag';

type PairingOverviewTableProps = {
  rows: PairingOverviewItem[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  canWrite: boolean;
  onAdd: (cadre: PairingOverviewItem) => void;
};

/** Cadres with their pairing count against the rule; expand one to see and end his pairings. */
export function PairingOverviewTable({
  rows,
  total,
  loading,
  paging,
  onPageChange,
  canWrite,
  onAdd,
}: PairingOverviewTableProps) {
  const columns: TableColumnsType<PairingOverviewItem> = [
    {
      title: t('households.pairings.cadre'),
      dataIndex: 'cadreName',
      fixed: 'start',
      width: 130,
      render: (name: string, c) => (
        <Flex gap={4} wrap align="center">
          <span>{name}</span>
          {c.leading ? <Tag color="volcano">{t('cadres.leading')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('households.pairings.rank'),
      dataIndex: 'rank',
      width: 60,
      render: (rank: PairingOverviewItem['rank']) => t(`cadres.ranks.${rank}`),
    },
    { title: t('households.pairings.org'), dataIndex: 'orgName', width: 160, ellipsis: true },
    {
      title: t('households.pairings.count'),
      key: 'count',
      width: 150,
      render: (_: unknown, c: PairingOverviewItem) => <QuotaTag item={c} />,
    },
    {
      title: t('households.pairings.poor'),
      key: 'poor',
      width: 130,
      render: (_: unknown, c: PairingOverviewItem) =>
        c.hasPoor ? (
          <Tag color="success">
            {t('households.pairings.hasPoor')} {c.poorPairings}
          </Tag>
        ) : (
          <Tag color="warning">{t('households.pairings.noPoor')}</Tag>
        ),
    },
    ...(canWrite
      ? [
          actionColumn(130, (c: PairingOverviewItem) => (
            <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => onAdd(c)}>
              {t('households.pairings.addHouseholds')}
            </Button>
          )),
        ]
      : []),
  ];

  return (
    <ListTable<PairingOverviewItem>
      rowKey="cadreId"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      expandable={{
        expandedRowRender: (c) => <CadrePairings cadreId={c.cadreId} canWrite={canWrite} />,
      }}
      empty={t('households.pairings.empty')}
    />
  );
}
