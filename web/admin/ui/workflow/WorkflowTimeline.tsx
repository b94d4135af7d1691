import { Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { TWorkflowEvent } from '../../../../common/workflow.ts';
import { t } from '../../i18n';
import { formatDateTime } from '../format';
import { QueryError } from '../QueryError';
import { eventLines } from './fields';
import type { Workflow } from './useWorkflow';

type WorkflowTimelineProps = {
  workflow: Pick<Workflow, 'events'>;
  /** the dot's colour by action (antd Timeline colours); blue by default */
  colors?: Partial<Record<string, string>>;
  /** who took a step the server names nobody for (a citizen, a job); 系统 by default */
  actorOf?: (event: TWorkflowEvent) => string | undefined;
  /** labels of the fields a step was given (`event.fields`) to show with it; others are not shown */
  fieldLabels?: Partial<Record<string, string>>;
};

/**
 * 办理过程 of any workflow kind: every event in full, with who, when, the state it led to, the
 * note, and whether the public sees it.
 */
export function WorkflowTimeline({
  workflow: { events },
  colors = {},
  actorOf,
  fieldLabels = {},
}: WorkflowTimelineProps) {
  if (events.error)
    return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  if (!events.data) return <Skeleton active />;
  if (events.data.length === 0) return <Empty description={t('workflow.timelineEmpty')} />;
  return (
    <Timeline
      items={events.data.map((e) => ({
        key: e.id,
        color: colors[e.action] ?? 'blue',
        content: (
          <Flex vertical gap={2}>
            <Flex wrap gap={8} align="center">
              <Typography.Text strong>{e.actionLabel}</Typography.Text>
              {e.toStateLabel && e.toState !== e.fromState ? (
                <Typography.Text type="secondary">→ {e.toStateLabel}</Typography.Text>
              ) : null}
              <Tag color={e.public ? 'green' : 'default'}>
                {e.public ? t('workflow.public') : t('workflow.internal')}
              </Tag>
            </Flex>
            <Typography.Text type="secondary">
              {formatDateTime(e.at)} · {e.actorName ?? actorOf?.(e) ?? t('workflow.system')}
            </Typography.Text>
            {eventLines(e, fieldLabels).map((line) => (
              <Typography.Paragraph key={line} style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {line}
              </Typography.Paragraph>
            ))}
          </Flex>
        ),
      }))}
    />
  );
}
