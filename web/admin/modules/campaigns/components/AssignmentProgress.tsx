import { Flex, Progress, Tag } from 'antd';
import { t } from '../../../i18n';
import type { AssignmentStatus } from '../types/campaign';

/** Percent bar plus words (已完成 / 逾期 …): colour is never the only signal. */
export function AssignmentProgress({
  percent,
  status,
  overdue,
}: {
  percent: number;
  status: AssignmentStatus;
  overdue: boolean;
}) {
  return (
    <Flex gap={6} align="center" wrap>
      <Progress
        percent={percent}
        size="small"
        status={overdue ? 'exception' : status === 'done' ? 'success' : 'normal'}
        format={(p) => `${p ?? 0}%`}
        style={{ width: 96, margin: 0 }}
      />
      {overdue ? (
        <Tag color="error">{t('campaigns.assignments.overdue')}</Tag>
      ) : (
        <Tag
          color={
            status === 'done' ? 'success' : status === 'in_progress' ? 'processing' : 'default'
          }
        >
          {t(`campaigns.assignments.statuses.${status}`)}
        </Tag>
      )}
    </Flex>
  );
}
