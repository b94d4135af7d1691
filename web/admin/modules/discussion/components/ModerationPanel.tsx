import {
  Card,
  Col,
  Empty,
  Flex,
  List,
  Pagination,
  Row,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Markup } from '../../../ui/Markup';
import { QueryError } from '../../../ui/QueryError';
import { useWorkflow } from '../../../ui/workflow/useWorkflow';
import { WorkflowActionsPanel } from '../../../ui/workflow/WorkflowActionsPanel';
import { discussionKeys, POSTS_PATH, useModeration } from '../api/discussionApi';
import type { DiscussionReportedPost } from '../types/discussion';

/** 恢复 / 删除 of one post: the steps the server offers (删除 asks for its reason first). */
function PostSteps({ post }: { post: DiscussionReportedPost }) {
  const workflow = useWorkflow({
    path: POSTS_PATH,
    id: post.id,
    queryKey: discussionKeys.post(post.id),
    invalidate: discussionKeys.all,
  });
  return (
    <WorkflowActionsPanel
      workflow={workflow}
      primary={['restore']}
      danger={['remove', 'hide']}
      confirm={['remove']}
    />
  );
}

function ReportedPost({ post }: { post: DiscussionReportedPost }) {
  return (
    <Row gutter={[16, 8]} style={{ width: '100%' }} data-reported={post.id}>
      <Col xs={24} lg={16}>
        <Space wrap size={4}>
          <Tag color={post.state === 'hidden' ? 'orange' : 'gold'}>
            {t(`discussion.states.${post.state}`)}
          </Tag>
          <Typography.Text strong>
            {post.threadId
              ? t('discussion.moderation.inThread', { title: post.threadTitle })
              : post.title}
          </Typography.Text>
        </Space>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {post.authorName} · {post.orgName} · {formatDateTime(post.createdAt)} ·{' '}
            {t('discussion.moderation.reportCount', { count: post.reportCount })}
            {post.lastReportedAt
              ? ` · ${t('discussion.moderation.lastReported', { at: formatDateTime(post.lastReportedAt) })}`
              : ''}
          </Typography.Text>
        </div>
        <div style={{ margin: '6px 0' }}>
          <Markup source={post.body ?? ''} />
        </div>
        <Space wrap size={4}>
          <Typography.Text type="secondary">{t('discussion.moderation.reasons')}：</Typography.Text>
          {post.reasons.map((r) => (
            <Tag key={r.reason}>
              {t('discussion.moderation.reasonCount', {
                reason: t(`discussion.reasons.${r.reason}`),
                count: r.count,
              })}
            </Tag>
          ))}
        </Space>
      </Col>
      <Col xs={24} lg={8}>
        <PostSteps post={post} />
      </Col>
    </Row>
  );
}

/** 待审核: the counts and the reported posts, hidden ones first, a page at a time. */
export function ModerationPanel() {
  const [page, setPage] = useState(1);
  const moderation = useModeration(page, true);
  const counts = moderation.data?.counts;
  const stat = (key: 'reported' | 'hidden' | 'restored' | 'removed') => (
    <Col xs={12} md={6} key={key}>
      <Statistic title={t(`discussion.moderation.${key}`)} value={counts?.[key] ?? 0} />
    </Col>
  );
  return (
    <Card>
      <Typography.Paragraph type="secondary">
        {t('discussion.moderation.intro')}
      </Typography.Paragraph>
      <Row gutter={16} style={{ marginBottom: 16 }} data-testid="moderation-counts">
        {(['reported', 'hidden', 'restored', 'removed'] as const).map(stat)}
      </Row>
      {moderation.error ? (
        <QueryError error={moderation.error} onRetry={() => void moderation.refetch()} />
      ) : (
        <List<DiscussionReportedPost>
          loading={moderation.isFetching}
          dataSource={moderation.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('discussion.moderation.empty')} /> }}
          renderItem={(p) => (
            <List.Item key={p.id}>
              <ReportedPost post={p} />
            </List.Item>
          )}
        />
      )}
      {(moderation.data?.total ?? 0) > 10 ? (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Pagination
            current={page}
            pageSize={10}
            total={moderation.data?.total ?? 0}
            onChange={setPage}
          />
        </Flex>
      ) : null}
    </Card>
  );
}
