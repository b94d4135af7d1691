import { BellOutlined } from '@ant-design/icons';
import {
  App,
  Badge,
  Button,
  Drawer,
  Empty,
  Flex,
  Grid,
  List,
  Popover,
  Spin,
  Typography,
  theme,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import type { AppNotification } from '../api/notificationsApi';
import { useMarkRead, useNotifications } from '../hooks/useNotifications';

const PAGE = 10;
const STEP = 20;

function NotificationList({
  onOpen,
  showTitle,
}: {
  onOpen: (n: AppNotification) => void;
  /** the drawer on a phone has its own title */
  showTitle: boolean;
}) {
  const [pageSize, setPageSize] = useState(PAGE);
  const list = useNotifications(pageSize);
  const markRead = useMarkRead();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const data = list.data;

  if (list.error) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (!data) return <Spin />;

  return (
    <Flex vertical gap="small">
      <Flex justify={showTitle ? 'space-between' : 'end'} align="center">
        {showTitle ? <Typography.Text strong>{t('notifications.title')}</Typography.Text> : null}
        <Button
          type="link"
          size="small"
          disabled={data.unread === 0}
          loading={markRead.isPending}
          onClick={() =>
            markRead.mutate(undefined, {
              onSuccess: () => void message.success(t('notifications.readAllDone')),
              onError: (error) => void message.error(errorMessage(error)),
            })
          }
        >
          {t('notifications.readAll')}
        </Button>
      </Flex>
      <List<AppNotification>
        dataSource={data.items}
        locale={{ emptyText: <Empty description={t('notifications.empty')} /> }}
        renderItem={(n) => (
          <List.Item
            key={n.id}
            onClick={() => onOpen(n)}
            style={{
              cursor: 'pointer',
              paddingInline: 8,
              background: n.readAt ? undefined : token.colorPrimaryBg,
            }}
          >
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Flex justify="space-between" gap="small">
                <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                {n.readAt ? null : (
                  <Typography.Text type="danger" style={{ flexShrink: 0 }}>
                    {t('notifications.unread')}
                  </Typography.Text>
                )}
              </Flex>
              {n.body ? (
                <Typography.Paragraph
                  type="secondary"
                  style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                  ellipsis={{ rows: 3 }}
                >
                  {n.body}
                </Typography.Paragraph>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(n.createdAt)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {data.total > data.items.length ? (
        <Button block loading={list.isFetching} onClick={() => setPageSize((n) => n + STEP)}>
          {t('notifications.more')}
        </Button>
      ) : null}
    </Flex>
  );
}

/** The bell in the header: unread count, the list, click → read and go to its page. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const isPhone = !Grid.useBreakpoint().md;
  const navigate = useNavigate();
  const unread = useNotifications(PAGE).data?.unread ?? 0;
  const markRead = useMarkRead();

  const openItem = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate(n.id);
    setOpen(false);
    if (n.link?.startsWith('/')) void navigate(n.link);
  };

  const label = unread ? t('notifications.bell', { count: unread }) : t('notifications.bellNone');
  const bell = (
    <Badge count={unread} size="small" overflowCount={99}>
      <Button
        type="text"
        icon={<BellOutlined style={{ fontSize: 18 }} />}
        aria-label={label}
        title={label}
        onClick={isPhone ? () => setOpen(true) : undefined}
      />
    </Badge>
  );

  if (isPhone) {
    return (
      <>
        {bell}
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          placement="right"
          size="100%"
          title={t('notifications.title')}
        >
          {open ? <NotificationList onOpen={openItem} showTitle={false} /> : null}
        </Drawer>
      </>
    );
  }
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      content={
        <div style={{ width: 360, maxHeight: 480, overflow: 'auto' }}>
          {open ? <NotificationList onOpen={openItem} showTitle /> : null}
        </div>
      }
    >
      {bell}
    </Popover>
  );
}
