import { PaperClipOutlined } from '@ant-design/icons';
import { Drawer, Empty, Flex, List, Progress, Spin, Typography } from 'antd';
import { t } from '../../../i18n';
import { QueryError } from '../../../ui/QueryError';
import { useReports } from '../hooks/useCampaigns';
import type { Assignment } from '../types/campaign';
import { formatDateTime } from './dates';

/** 填报记录: the reports of one assignment, newest first, with their attachments. */
export function ReportsDrawer({
  assignment,
  onClose,
}: {
  assignment: Assignment | null;
  onClose: () => void;
}) {
  const reports = useReports(assignment?.id ?? null);
  return (
    <Drawer
      open={assignment !== null}
      onClose={onClose}
      size={520}
      title={
        assignment
          ? t('campaigns.assignments.historyTitle', {
              org: assignment.orgName,
              activity: assignment.activityTitle,
            })
          : ''
      }
    >
      {reports.error ? (
        <QueryError error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.isPending ? (
        <Spin />
      ) : (reports.data?.items.length ?? 0) === 0 ? (
        <Empty description={t('campaigns.assignments.historyEmpty')} />
      ) : (
        <List
          dataSource={reports.data?.items ?? []}
          renderItem={(r) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" wrap gap="small">
                  <Typography.Text strong>{r.authorName}</Typography.Text>
                  <Typography.Text type="secondary">{formatDateTime(r.createdAt)}</Typography.Text>
                </Flex>
                <Progress percent={r.percent} size="small" />
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {r.text}
                </Typography.Paragraph>
                {r.attachments.map((a) => (
                  <a key={a.id} href={a.url} target="_blank" rel="noreferrer">
                    <PaperClipOutlined /> {a.fileName}
                  </a>
                ))}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
