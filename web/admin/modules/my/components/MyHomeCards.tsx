import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { DOCUMENT_KINDS } from '../../documents/types/document';
import { SixOnesProgress } from '../../six-ones/components/SixOnesItems';
import { useCadreSixOnes } from '../../six-ones/hooks/useSixOnes';
import {
  useMyOpenCases,
  useMyReturnedDocuments,
  useMyReviews,
  useMyUpcomingSessions,
} from '../hooks/useMyHome';

const SHOWN = 5;

function MySixOnesCard({ cadreId }: { cadreId: string }) {
  const six = useCadreSixOnes(cadreId);
  const navigate = useNavigate();
  const missing = six.data?.items.filter((i) => !i.done) ?? [];
  return (
    <Card
      size="small"
      title={t('dashboard.my.sixOnes')}
      loading={six.isPending}
      extra={<Link to="/my/six-ones">{t('sixOnes.myMenu')}</Link>}
    >
      {six.error ? <QueryError error={six.error} onRetry={() => void six.refetch()} /> : null}
      {six.data ? (
        <Flex vertical gap="small">
          <SixOnesProgress items={six.data.items} />
          <Flex gap="small" wrap>
            {missing.map((item) => (
              <Button
                key={item.key}
                size="small"
                disabled={!item.link}
                onClick={() => item.link && navigate(item.link)}
              >
                {t('sixOnes.goDoLabel', { label: item.label })}
              </Button>
            ))}
          </Flex>
        </Flex>
      ) : null}
    </Card>
  );
}

function MyOpenCasesCard({ cadreId }: { cadreId: string }) {
  const cases = useMyOpenCases(cadreId);
  const items = cases.data ?? [];
  return (
    <Card
      size="small"
      title={`${t('dashboard.my.openCases')}${cases.data ? `（${items.length}）` : ''}`}
      loading={cases.isPending}
      extra={<Link to="/my/cases">{t('dashboard.my.allCases')}</Link>}
    >
      {cases.error ? <QueryError error={cases.error} onRetry={() => void cases.refetch()} /> : null}
      {cases.data && !items.length ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('dashboard.my.openCasesEmpty')}
        />
      ) : null}
      {items.length ? (
        <List
          size="small"
          dataSource={items.slice(0, SHOWN)}
          renderItem={(c) => (
            <List.Item>
              <Flex vertical gap={2} style={{ minWidth: 0, width: '100%' }}>
                <Flex justify="space-between" gap="small">
                  <Link to={`/cases/${c.id}`}>{c.trackingCode}</Link>
                  <Flex gap={4}>
                    <Tag>{t(`cases.statuses.${c.status}`)}</Tag>
                    {c.overdue || c.acceptOverdue ? (
                      <Tag color="red">{t('dashboard.my.overdue')}</Tag>
                    ) : null}
                  </Flex>
                </Flex>
                <Typography.Text ellipsis>{c.content}</Typography.Text>
                {c.dueDate ? (
                  <Typography.Text type={c.overdue ? 'danger' : 'secondary'}>
                    {t('dashboard.my.dueDate', { date: c.dueDate })}
                  </Typography.Text>
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      ) : null}
    </Card>
  );
}

/**
 * 退回修改: his documents sent back for revision, each a link that opens it (its drawer on its
 * kind's page, where he edits and submits it again) with the reviewer's reason. None: no card.
 */
function MyReturnedDocumentsCard({ cadreId }: { cadreId: string }) {
  const returned = useMyReturnedDocuments(cadreId);
  const items = returned.data ?? [];
  if (returned.error)
    return (
      <Card size="small" title={t('dashboard.my.returned')}>
        <QueryError error={returned.error} onRetry={() => void returned.refetch()} />
      </Card>
    );
  if (!items.length) return null;
  return (
    <Card size="small" title={t('dashboard.my.returnedCount', { count: items.length })}>
      <List
        size="small"
        aria-label={t('dashboard.my.returned')}
        dataSource={items.slice(0, SHOWN)}
        renderItem={(d) => (
          <List.Item>
            <Flex vertical gap={2} style={{ minWidth: 0, width: '100%' }}>
              <Flex justify="space-between" gap="small" align="start">
                <Link
                  to={`${DOCUMENT_KINDS[d.kind].path}?id=${encodeURIComponent(d.id)}`}
                  aria-label={t('dashboard.my.openReturned', {
                    kind: DOCUMENT_KINDS[d.kind].label,
                    title: d.title,
                  })}
                  style={{ minWidth: 0, overflowWrap: 'anywhere' }}
                >
                  {d.title}
                </Link>
                <Tag style={{ marginInlineEnd: 0 }}>{DOCUMENT_KINDS[d.kind].label}</Tag>
              </Flex>
              {d.comment ? (
                <Typography.Text type="secondary" ellipsis={{ tooltip: d.comment }}>
                  {t('dashboard.my.returnedReason', { reason: d.comment })}
                </Typography.Text>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

function WaitingCard() {
  const reviews = useMyReviews();
  const sessions = useMyUpcomingSessions();
  const waiting = reviews.data?.total ?? 0;
  const upcoming = sessions.data ?? [];
  return (
    <Card
      size="small"
      title={t('dashboard.my.waiting')}
      loading={reviews.isPending || sessions.isPending}
    >
      <Flex vertical gap="small">
        {waiting ? (
          <Link to="/reviews">{t('dashboard.my.reviewsCount', { count: waiting })}</Link>
        ) : null}
        <Typography.Text strong>{t('dashboard.my.sessions')}</Typography.Text>
        {upcoming.length ? (
          <List
            size="small"
            dataSource={upcoming}
            renderItem={(s) => (
              <List.Item>
                <Flex vertical gap={2}>
                  <Link to={`/study-sessions?view=${s.id}`}>{s.title}</Link>
                  <Typography.Text type="secondary">
                    {formatDateTime(s.startsAt)} · {s.place}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Typography.Text type="secondary">{t('dashboard.my.sessionsEmpty')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/**
 * Under 我的本月 on a cadre's home: his six ones, his open cases, his documents sent back for
 * revision (when there are any) and what waits for him.
 */
export function MyHomeCards({ cadreId }: { cadreId: string }) {
  return (
    <>
      <MySixOnesCard cadreId={cadreId} />
      <MyOpenCasesCard cadreId={cadreId} />
      <MyReturnedDocumentsCard cadreId={cadreId} />
      <WaitingCard />
    </>
  );
}
