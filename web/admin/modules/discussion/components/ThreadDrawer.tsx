import {
  App,
  Button,
  Divider,
  Drawer,
  Empty,
  Flex,
  Form,
  List,
  Pagination,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ACCESS, may } from '../../../../../common/access.ts';
import { t } from '../../../i18n';
import { ApiError } from '../../../ui/api';
import { QueryError } from '../../../ui/QueryError';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import {
  REPLIES_PAGE_SIZE,
  useDiscussionLimits,
  useReplies,
  useReply,
  useThread,
} from '../api/discussionApi';
import type { DiscussionPost } from '../types/discussion';
import { BodyInput, bodyRules } from './BodyInput';
import { ThreadTitle } from './discussionFields';
import { PostView } from './PostView';
import { ReportDialog } from './ReportDialog';

/** 讨论详情: the thread, its replies a page at a time, the reply box and 举报. */
export function ThreadDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const limits = useDiscussionLimits();
  const bodyMax = limits.data?.bodyMaxLength ?? 2000;
  const thread = useThread(id);
  const [page, setPage] = useState(1);
  const replies = useReplies(id, page);
  const reply = useReply(id ?? '');
  const [reporting, setReporting] = useState<DiscussionPost | null>(null);
  const [form] = Form.useForm<{ body: string }>();
  const mayReply = may(ACCESS.discussion.write, user.role) && thread.data?.state === 'visible';

  const send = async () => {
    const { body } = await form.validateFields();
    try {
      await reply.mutateAsync(body.trim());
      form.resetFields();
      void message.success(t('discussion.replySent'));
      const total = (replies.data?.total ?? 0) + 1;
      setPage(Math.ceil(total / REPLIES_PAGE_SIZE));
    } catch (e) {
      form.setFields([{ name: 'body', errors: [e instanceof ApiError ? e.message : String(e)] }]);
    }
  };

  const close = () => {
    setPage(1);
    form.resetFields();
    onClose();
  };

  return (
    <Drawer
      open={id !== null}
      onClose={close}
      size="large"
      title={t('discussion.view')}
      destroyOnHidden
    >
      {thread.error ? (
        <QueryError error={thread.error} onRetry={() => void thread.refetch()} />
      ) : !thread.data ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            <ThreadTitle thread={thread.data} />{' '}
            <Tag color={thread.data.audience === 'bureau' ? 'blue' : undefined}>
              {t(`discussion.audiences.${thread.data.audience}`)}
            </Tag>
          </Typography.Title>
          <PostView
            post={thread.data}
            bodyMax={bodyMax}
            onReport={setReporting}
            onDeleted={close}
          />
          <Divider titlePlacement="start">
            {t('discussion.repliesTitle', { count: replies.data?.total ?? 0 })}
          </Divider>
          {replies.error ? (
            <QueryError error={replies.error} onRetry={() => void replies.refetch()} />
          ) : (
            <List<DiscussionPost>
              loading={replies.isFetching}
              dataSource={replies.data?.items ?? []}
              locale={{ emptyText: <Empty description={t('discussion.noReplies')} /> }}
              renderItem={(r) => (
                <List.Item key={r.id} style={{ display: 'block' }}>
                  <PostView post={r} bodyMax={bodyMax} onReport={setReporting} />
                </List.Item>
              )}
            />
          )}
          {(replies.data?.total ?? 0) > REPLIES_PAGE_SIZE ? (
            <Flex justify="center" style={{ margin: '12px 0' }}>
              <Pagination
                current={page}
                pageSize={REPLIES_PAGE_SIZE}
                total={replies.data?.total ?? 0}
                onChange={setPage}
                showSizeChanger={false}
              />
            </Flex>
          ) : null}
          {mayReply ? (
            <Form form={form} layout="vertical" name="discussion-reply" style={{ marginTop: 16 }}>
              <Form.Item name="body" label={t('discussion.reply')} rules={bodyRules(bodyMax)}>
                <BodyInput max={bodyMax} rows={4} placeholder={t('discussion.replyPlaceholder')} />
              </Form.Item>
              <Button type="primary" loading={reply.isPending} onClick={() => void send()}>
                {t('discussion.replySend')}
              </Button>
            </Form>
          ) : null}
        </>
      )}
      <ReportDialog post={reporting} onClose={() => setReporting(null)} />
    </Drawer>
  );
}
