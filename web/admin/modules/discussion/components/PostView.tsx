import { Alert, App, Button, Flex, Form, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { ACCESS, may } from '../../../../../common/access.ts';
import { t } from '../../../i18n';
import { ApiError } from '../../../ui/api';
import { formatDateTime } from '../../../ui/format';
import { Markup } from '../../../ui/Markup';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useDeletePost, useEditPost } from '../api/discussionApi';
import type { DiscussionPost } from '../types/discussion';
import { BodyInput, bodyRules } from './BodyInput';

type PostViewProps = {
  post: DiscussionPost;
  bodyMax: number;
  onReport: (post: DiscussionPost) => void;
  /** after the post was deleted (a thread: close the drawer) */
  onDeleted?: () => void;
};

/** What a post says (or why it is not shown), who wrote it, and what the reader may do with it. */
export function PostView({ post, bodyMax, onReport, onDeleted }: PostViewProps) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ body: string }>();
  const edit = useEditPost();
  const remove = useDeletePost();
  const mayReport =
    may(ACCESS.discussion.write, user.role) && !post.mine && post.state === 'visible';

  const save = async () => {
    const { body } = await form.validateFields();
    try {
      await edit.mutateAsync({ post, body: body.trim() });
      void message.success(t('discussion.saved'));
      setEditing(false);
    } catch (e) {
      form.setFields([{ name: 'body', errors: [e instanceof ApiError ? e.message : String(e)] }]);
    }
  };

  return (
    <div data-post={post.id}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {post.authorName} · {post.orgName} · {formatDateTime(post.createdAt)}
        {post.editedAt ? t('discussion.edited') : ''}
      </Typography.Text>
      <div style={{ marginTop: 6 }}>
        {post.concealed ? (
          <Typography.Text type="secondary" italic>
            {t(
              post.concealed === 'hidden' ? 'discussion.hiddenNotice' : 'discussion.removedNotice',
            )}
          </Typography.Text>
        ) : editing ? (
          <Form form={form} initialValues={{ body: post.body ?? '' }} name={`edit-${post.id}`}>
            <Form.Item name="body" rules={bodyRules(bodyMax)}>
              <BodyInput max={bodyMax} rows={4} />
            </Form.Item>
            <Space>
              <Button
                type="primary"
                size="small"
                loading={edit.isPending}
                onClick={() => void save()}
              >
                {t('common.save')}
              </Button>
              <Button size="small" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
            </Space>
          </Form>
        ) : (
          <>
            {post.state === 'hidden' ? (
              <Alert
                type="warning"
                showIcon
                title={t('discussion.hiddenForYou')}
                style={{ marginBottom: 8 }}
              />
            ) : null}
            {post.state === 'removed' ? (
              <Alert
                type="error"
                showIcon
                title={t('discussion.removedForYou', { reason: post.moderationReason ?? '' })}
                style={{ marginBottom: 8 }}
              />
            ) : null}
            <Markup source={post.body ?? ''} />
          </>
        )}
      </div>
      {editing ? null : (
        <Flex gap={4} wrap>
          {post.canEdit ? (
            <Button type="link" size="small" onClick={() => setEditing(true)}>
              {t('discussion.edit')}
            </Button>
          ) : null}
          {post.canDelete ? (
            <Popconfirm
              title={t('discussion.deleteConfirm')}
              okText={t('discussion.delete')}
              okButtonProps={{ danger: true }}
              onConfirm={async () => {
                try {
                  await remove.mutateAsync(post);
                  void message.success(t('discussion.deleted'));
                  onDeleted?.();
                } catch (e) {
                  void message.error(e instanceof ApiError ? e.message : String(e));
                }
              }}
            >
              <Button type="link" size="small" danger>
                {t('discussion.delete')}
              </Button>
            </Popconfirm>
          ) : null}
          {mayReport && post.reportedByMe ? (
            <Typography.Text type="secondary" style={{ fontSize: 13, padding: '0 7px' }}>
              {t('discussion.reported')}
            </Typography.Text>
          ) : null}
          {mayReport && !post.reportedByMe ? (
            <Button type="link" size="small" danger onClick={() => onReport(post)}>
              {t('discussion.report')}
            </Button>
          ) : null}
        </Flex>
      )}
    </div>
  );
}
