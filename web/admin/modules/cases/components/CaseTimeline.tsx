import { Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { useCaseEvents } from '../hooks/useCases';
import type { CaseAction } from '../types/case';

const colors: Partial<Record<CaseAction, string>> = {
  submit: 'blue',
  assign: 'blue',
  transfer: 'blue',
  answer: 'green',
  sign_off: 'green',
  return: 'orange',
  not_accept: 'red',
  merge: 'gray',
  note: 'gray',
};

/** 办理过程: every event in full, with who, when, the note, and whether the citizen sees it. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const events = useCaseEvents(caseId);
  if (events.error)
    return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  if (!events.data) return <Skeleton active />;
  if (events.data.length === 0) return <Empty description={t('cases.timelineEmpty')} />;
  return (
    <Timeline
      items={events.data.map((e) => ({
        key: e.id,
        color: colors[e.action] ?? 'blue',
        content: (
          <Flex vertical gap={2}>
            <Flex wrap gap={8} align="center">
              <Typography.Text strong>{e.actionLabel}</Typography.Text>
              {e.toState && e.toState !== e.fromState ? (
                <Typography.Text type="secondary">→ {e.toStateLabel}</Typography.Text>
              ) : null}
              <Tag color={e.public ? 'green' : 'default'}>
                {e.public ? t('cases.public') : t('cases.internal')}
              </Tag>
            </Flex>
            <Typography.Text type="secondary">
              {formatDateTime(e.at)} ·{' '}
              {e.actorName ??
                (e.action === 'submit' || e.action === 'rate'
                  ? t('cases.citizenActor')
                  : t('cases.system'))}
            </Typography.Text>
            {e.note ? (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {e.note}
              </Typography.Paragraph>
            ) : null}
          </Flex>
        ),
      }))}
    />
  );
}
