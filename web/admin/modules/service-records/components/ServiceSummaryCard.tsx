import { Card, Progress, Table, type TableColumnsType, Typography } from 'antd';
import { t } from '../../../i18n';
import { QueryError } from '../../../ui/QueryError';
import { useServiceSummary } from '../api/serviceRecordsApi';
import type { ServiceSummary } from '../types/serviceRecord';

type Row = ServiceSummary['items'][number] | (ServiceSummary['total'] & { orgId: string | null });

const percent = (rate: number | null) => (rate === null ? 0 : Math.round(rate * 1000) / 10);

/** 志愿服务时长对照目标: each unit's hours against 每名干部目标 × its cadres, and its postings. */
export function ServiceSummaryCard({ orgId, campaignId }: { orgId?: string; campaignId?: string }) {
  const summary = useServiceSummary({ orgId, campaignId });
  const data = summary.data;
  const columns: TableColumnsType<Row> = [
    {
      title: t('serviceRecords.summary.unit'),
      key: 'orgName',
      width: 200,
      ellipsis: true,
      render: (_: unknown, r) =>
        'own' in r && r.own ? t('serviceRecords.summary.own', { name: r.orgName }) : r.orgName,
    },
    { title: t('serviceRecords.summary.cadres'), dataIndex: 'cadres', width: 80, align: 'right' },
    {
      title: t('serviceRecords.summary.volunteers'),
      dataIndex: 'volunteers',
      width: 80,
      align: 'right',
    },
    { title: t('serviceRecords.summary.hours'), dataIndex: 'hours', width: 100, align: 'right' },
    { title: t('serviceRecords.summary.target'), dataIndex: 'target', width: 100, align: 'right' },
    {
      title: t('serviceRecords.summary.rate'),
      key: 'rate',
      width: 180,
      render: (_: unknown, r) => (
        <Progress
          percent={Math.min(100, percent(r.rate))}
          format={() => `${percent(r.rate)}%`}
          size="small"
          status={r.rate !== null && r.rate >= 1 ? 'success' : 'normal'}
        />
      ),
    },
    {
      title: t('serviceRecords.summary.frontline'),
      dataIndex: 'frontline',
      width: 80,
      align: 'right',
    },
  ];
  return (
    <Card size="small" title={t('serviceRecords.summary.title')} style={{ marginBottom: 16 }}>
      {summary.error ? (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {data?.campaignName
              ? t('serviceRecords.summary.campaign', {
                  name: data.campaignName,
                  hours: data.hoursPerCadre,
                })
              : t('serviceRecords.summary.noCampaign', { hours: data?.hoursPerCadre ?? 0 })}
          </Typography.Paragraph>
          <Table<Row>
            size="small"
            rowKey={(r) => `${r.orgId ?? 'total'}${'own' in r && r.own ? '-own' : ''}`}
            loading={summary.isFetching}
            columns={columns}
            dataSource={data?.items ?? []}
            pagination={false}
            scroll={{ y: 240 }}
            summary={() =>
              data ? (
                <Table.Summary fixed>
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      {t('serviceRecords.summary.total')}
                      {data.total.orgName ? `（${data.total.orgName}）` : ''}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      {data.total.cadres}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {data.total.volunteers}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      {data.total.hours}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right">
                      {data.total.target}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell
                      index={5}
                    >{`${percent(data.total.rate)}%`}</Table.Summary.Cell>
                    <Table.Summary.Cell index={6} align="right">
                      {data.total.frontline}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                </Table.Summary>
              ) : null
            }
          />
        </>
      )}
    </Card>
  );
}
