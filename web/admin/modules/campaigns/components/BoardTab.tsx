import { Alert, Flex, Switch, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { ListTable } from '../../../ui/list/ListTable';
import { QueryError } from '../../../ui/QueryError';
import { useBoard } from '../hooks/useCampaigns';
import type { Board, Campaign } from '../types/campaign';

type Unit = Board['units'][number];
type Cell = Board['cells'][number];

/** One cell: the percent in words plus a colour — 已完成, 60%, or 40% 逾期. */
function CellView({ cell }: { cell: Cell | undefined }) {
  if (!cell)
    return <Typography.Text type="secondary">{t('campaigns.board.notAssigned')}</Typography.Text>;
  const text = cell.overdue
    ? t('campaigns.board.cellOverdue', { percent: cell.percent })
    : cell.status === 'done'
      ? t('campaigns.board.cellDone')
      : t('campaigns.board.cell', { percent: cell.percent });
  const color = cell.overdue
    ? 'error'
    : cell.status === 'done'
      ? 'success'
      : cell.percent > 0
        ? 'processing'
        : 'default';
  const tip = [
    t('campaigns.board.deadline', { date: cell.deadline }),
    cell.lastReportText
      ? t('campaigns.board.lastReport', { text: cell.lastReportText })
      : t('campaigns.board.noReport'),
  ].join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-wrap' }}>{tip}</span>}>
      <Tag color={color} style={{ cursor: 'default' }}>
        {text}
      </Tag>
    </Tooltip>
  );
}

/** 进度看板: activity × unit, with totals; 带头示范 shows units with leading cadres first or only. */
export function BoardTab({ campaign }: { campaign: Campaign }) {
  const [leadingOnly, setLeadingOnly] = useState(false);
  const board = useBoard(campaign.id, leadingOnly);
  if (board.error) return <QueryError error={board.error} onRetry={() => void board.refetch()} />;
  const data = board.data;
  const cells = new Map((data?.cells ?? []).map((c) => [`${c.activityId}:${c.orgId}`, c]));
  // activities not yet assigned to any unit would only add empty columns
  const activities = (data?.activities ?? []).filter((a) => a.assigned > 0);

  const columns: TableColumnsType<Unit> = [
    {
      title: t('campaigns.board.unit'),
      dataIndex: 'orgName',
      fixed: 'start',
      width: 170,
      render: (name: string, u) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{name}</Typography.Text>
          {u.leadingCadres > 0 ? (
            <Tag color="volcano" style={{ width: 'fit-content' }}>
              {t('campaigns.board.leadingCadres', { count: u.leadingCadres })}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    ...activities.map((a) => ({
      title: (
        <Tooltip title={a.title}>
          <span>{`${a.number}. ${a.title.length > 10 ? `${a.title.slice(0, 10)}…` : a.title}`}</span>
        </Tooltip>
      ),
      key: a.id,
      width: 130,
      render: (_: unknown, u: Unit) => <CellView cell={cells.get(`${a.id}:${u.orgId}`)} />,
    })),
    {
      title: t('campaigns.board.avgPercent'),
      dataIndex: 'avgPercent',
      width: 90,
      render: (p: number) => `${p}%`,
    },
    {
      title: t('campaigns.board.done'),
      key: 'done',
      width: 80,
      render: (_: unknown, u: Unit) => `${u.done}/${u.assigned}`,
    },
    {
      title: t('campaigns.board.overdueCount'),
      dataIndex: 'overdue',
      width: 70,
      render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex wrap gap="small" align="center">
        <Switch
          checked={leadingOnly}
          onChange={setLeadingOnly}
          aria-label={t('campaigns.board.leadingOnly')}
        />
        <Typography.Text>{t('campaigns.board.leadingOnly')}</Typography.Text>
      </Flex>
      <Alert type="info" showIcon title={t('campaigns.board.leadingHint')} />
      {data && data.totals.assigned > 0 ? (
        <Typography.Text>
          {t('campaigns.board.summary', {
            assigned: data.totals.assigned,
            done: data.totals.done,
            overdue: data.totals.overdue,
            avg: data.totals.avgPercent,
          })}
        </Typography.Text>
      ) : null}
      <ListTable<Unit>
        rowKey="orgId"
        columns={columns}
        dataSource={data?.units ?? []}
        loading={board.isFetching}
        pagination={false}
        bordered
        size="small"
        empty={t('campaigns.board.empty')}
        summary={() =>
          data && data.units.length > 0 ? (
            <Table.Summary fixed>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('campaigns.board.total')}</Typography.Text>
                </Table.Summary.Cell>
                {activities.map((a, i) => (
                  <Table.Summary.Cell key={a.id} index={i + 1}>
                    {a.assigned > 0 ? (
                      <Flex vertical>
                        <span>{`${a.avgPercent}% · ${a.done}/${a.assigned}`}</span>
                        {a.overdue > 0 ? (
                          <Typography.Text type="danger">{`${t('campaigns.board.overdueCount')} ${a.overdue}`}</Typography.Text>
                        ) : null}
                      </Flex>
                    ) : (
                      <Typography.Text type="secondary">
                        {t('campaigns.board.notAssigned')}
                      </Typography.Text>
                    )}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell
                  index={activities.length + 1}
                >{`${data.totals.avgPercent}%`}</Table.Summary.Cell>
                <Table.Summary.Cell
                  index={activities.length + 2}
                >{`${data.totals.done}/${data.totals.assigned}`}</Table.Summary.Cell>
                <Table.Summary.Cell index={activities.length + 3}>
                  {data.totals.overdue}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    </Flex>
  );
}
