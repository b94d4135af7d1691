import { Flex, Progress, type TableColumnsType, Typography } from 'antd';
import { t } from '../../../i18n';
import { ListTable } from '../../../ui/list/ListTable';
import type { UnitSummary, UnitSummaryRow } from '../types/compliance';

type UnitSummaryTableProps = {
  data: UnitSummary | undefined;
  loading: boolean;
};

export const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** 单位 · 干部数 · 达标数 · 达标率 (a bar and the number). */
export function UnitSummaryTable({ data, loading }: UnitSummaryTableProps) {
  const columns: TableColumnsType<UnitSummaryRow> = [
    { title: t('compliance.unit'), dataIndex: 'orgName', width: 220, ellipsis: true },
    { title: t('compliance.cadreCount'), dataIndex: 'cadres', width: 80, align: 'right' },
    { title: t('compliance.metCount'), dataIndex: 'met', width: 80, align: 'right' },
    {
      title: t('compliance.rate'),
      dataIndex: 'rate',
      width: 220,
      render: (rate: number) => (
        <Flex align="center" gap="small">
          <Progress
            percent={Math.round(rate * 100)}
            showInfo={false}
            size="small"
            style={{ flex: 1, margin: 0, minWidth: 80 }}
          />
          <Typography.Text style={{ minWidth: 52, textAlign: 'right' }}>
            {percent(rate)}
          </Typography.Text>
        </Flex>
      ),
    },
  ];
  return (
    <ListTable<UnitSummaryRow>
      rowKey="orgId"
      size="small"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      pagination={(data?.items.length ?? 0) > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      empty={t('compliance.emptyUnits')}
      footer={
        data && data.items.length > 1
          ? () =>
              t('compliance.overall', {
                cadres: data.overall.cadres,
                met: data.overall.met,
                rate: percent(data.overall.rate),
              })
          : undefined
      }
    />
  );
}
