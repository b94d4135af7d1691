import { Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { t } from '../../../i18n';
import { EMPTY_CELL, formatDate, formatTime } from '../../../ui/format';
import type { Case } from '../types/case';
import { CaseFlags, CaseStatusTag } from './CaseTags';

const ratingColors = { satisfied: 'success', basically: 'blue', dissatisfied: 'error' } as const;

/** 待受理 with a 受理时限: the date to show until someone accepts it */
const awaitsAcceptance = (c: Case) => c.status === 'received' && c.acceptDueOn !== null;

/** The case list's columns; the 查询码 opens the case page. */
export const caseColumns: TableColumnsType<Case> = [
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

/** On a phone: one card per case, the content in two lines, the rest in one. */
export function CaseCard({ c }: { c: Case }) {
  return (
    <>
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
        {[formatDate(c.createdAt), t(`cases.channels.${c.channel}`), c.categoryName, c.handlerName]
          .filter(Boolean)
          .join(' · ')}
        {awaitsAcceptance(c) ? ` · ${t('cases.acceptDueOn')} ${c.acceptDueOn}` : ''}
        {c.dueDate ? ` · ${t('cases.dueDate')} ${c.dueDate}` : ''}
      </Typography.Text>
    </>
  );
}
