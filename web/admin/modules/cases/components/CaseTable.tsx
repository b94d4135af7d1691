import { Empty, Flex, Grid, List, Pagination, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { t } from '../../../i18n';
import { EMPTY_CELL, formatDate, formatTime } from '../../../ui/format';
import { ListTable } from '../../../ui/list/ListTable';
import { type PageState, tablePagination } from '../../../ui/pagination';
import type { Case } from '../types/case';
import { CaseFlags, CaseStatusTag } from './CaseTags';

type CaseTableProps = {
  rows: Case[];
  total: number;
  loading: boolean;
  paging: PageState;
  onPageChange: (paging: PageState) => void;
  /** a filter is set: the empty state says nothing matched, not that there are no cases */
  filtered: boolean;
};

const ratingColors = { satisfied: 'success', basically: 'blue', dissatisfied: 'error' } as const;

/** The case list; the 查询码 opens the case page. */
/** 待受理 with a 受理时限: the date to show until someone accepts it */
const awaitsAcceptance = (c: Case) => c.status === 'received' && c.acceptDueOn !== null;

export function CaseTable({
  rows,
  total,
  loading,
  paging,
  onPageChange,
  filtered,
}: CaseTableProps) {
  const isPhone = !Grid.useBreakpoint().md;
  const empty = <Empty description={filtered ? t('cases.emptyFiltered') : t('cases.empty')} />;

  if (isPhone) {
    // on a phone: one card per case, the content in two lines, the rest in one
    return (
      <>
        <List<Case>
          dataSource={rows}
          loading={loading}
          locale={{ emptyText: empty }}
          renderItem={(c) => (
            <List.Item key={c.id} style={{ display: 'block' }}>
              <Flex justify="space-between" align="center" gap="small" wrap>
                <Link to={`/cases/${c.id}`} style={{ fontFamily: 'monospace', fontSize: 16 }}>
                  {c.trackingCode}
                </Link>
                <Flex gap={0} wrap>
                  <CaseStatusTag status={c.status} />
                  <CaseFlags c={c} />
                </Flex>
              </Flex>
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
                {c.content}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {[
                  formatDate(c.createdAt),
                  t(`cases.channels.${c.channel}`),
                  c.categoryName,
                  c.handlerName,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {awaitsAcceptance(c) ? ` · ${t('cases.acceptDueOn')} ${c.acceptDueOn}` : ''}
                {c.dueDate ? ` · ${t('cases.dueDate')} ${c.dueDate}` : ''}
              </Typography.Text>
            </List.Item>
          )}
        />
        {total > paging.pageSize ? (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Pagination
              simple
              current={paging.page}
              pageSize={paging.pageSize}
              total={total}
              onChange={(page) => onPageChange({ ...paging, page })}
            />
          </Flex>
        ) : null}
      </>
    );
  }

  const columns: TableColumnsType<Case> = [
    {
      title: t('cases.code'),
      dataIndex: 'trackingCode',
      width: 118,
      fixed: 'start',
      render: (code: string, c) => (
        <Link
          to={`/cases/${c.id}`}
          style={{ fontFamily: 'monospace' }}
          aria-label={`${t('cases.view')} ${code}`}
        >
          {code}
        </Link>
      ),
    },
    {
      title: t('cases.receivedAt'),
      dataIndex: 'createdAt',
      width: 100,
      render: (at: string) => (
        <Flex vertical>
          <span>{formatDate(at)}</span>
          <Typography.Text type="secondary">{formatTime(at)}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('cases.channel'),
      key: 'channel',
      width: 80,
      render: (_, c) => t(`cases.channels.${c.channel}`),
    },
    { title: t('cases.category'), dataIndex: 'categoryName', width: 88 },
    {
      title: t('cases.content'),
      dataIndex: 'content',
      width: 160,
      ellipsis: true,
      render: (content: string) => (
        <Typography.Text ellipsis={{ tooltip: content }}>{content}</Typography.Text>
      ),
    },
    {
      // 责任单位 over 责任人: two short lines instead of two columns
      title: `${t('cases.org')} / ${t('cases.handler')}`,
      key: 'org',
      width: 150,
      render: (_, c) =>
        c.assignedOrgName || c.handlerName ? (
          <Flex vertical>
            <Typography.Text ellipsis={{ tooltip: c.assignedOrgName }}>
              {c.assignedOrgName ?? EMPTY_CELL}
            </Typography.Text>
            <Typography.Text type="secondary">{c.handlerName ?? EMPTY_CELL}</Typography.Text>
          </Flex>
        ) : (
          EMPTY_CELL
        ),
    },
    {
      title: t('cases.dueDate'),
      key: 'due',
      width: 112,
      render: (_, c) =>
        awaitsAcceptance(c) || c.dueDate || c.overdue || c.escalated ? (
          <Flex gap={4} wrap align="center">
            {awaitsAcceptance(c) ? (
              // 待受理: the 受理时限 runs, the 办理时限 has not started
              <Typography.Text
                type={c.acceptOverdue ? 'danger' : undefined}
                title={t('cases.acceptDueOn')}
              >
                {t('cases.acceptDueShort', { date: c.acceptDueOn ?? '' })}
              </Typography.Text>
            ) : null}
            {c.dueDate ? (
              <Typography.Text type={c.overdue ? 'danger' : undefined}>{c.dueDate}</Typography.Text>
            ) : null}
            <CaseFlags c={c} />
          </Flex>
        ) : (
          EMPTY_CELL
        ),
    },
    {
      title: t('cases.status'),
      key: 'status',
      width: 92,
      render: (_, c) => <CaseStatusTag status={c.status} />,
    },
    {
      title: t('cases.rating'),
      key: 'rating',
      width: 80,
      render: (_, c) =>
        c.rating ? (
          <Tag color={ratingColors[c.rating]}>{t(`cases.ratings.${c.rating}`)}</Tag>
        ) : (
          EMPTY_CELL
        ),
    },
  ];
  return (
    <ListTable<Case>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={tablePagination(paging, total, onPageChange)}
      empty={filtered ? t('cases.emptyFiltered') : t('cases.empty')}
    />
  );
}
