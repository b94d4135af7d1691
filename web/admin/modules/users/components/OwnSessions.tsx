import { App, Button, Divider, List, Popconfirm, Spin, Tag, Typography } from 'antd';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { useEndOwnSession } from '../hooks/useUserMutations';
import { useOwnSessions } from '../hooks/useUsers';

const at = (iso: string) => formatDateTime(iso);

/** 登录设备 — the user's open sessions; any but this one can be ended after a confirmation. */
export function OwnSessions({ open }: { open: boolean }) {
  const { message } = App.useApp();
  const sessions = useOwnSessions(open);
  const end = useEndOwnSession();

  const confirmEnd = (id: string) =>
    end.mutateAsync(id).then(
      () => void message.success(t('users.sessionEnded')),
      (error: unknown) => void message.error(errorMessage(error)),
    );

  return (
    <section aria-label={t('users.sessions')}>
      <Divider titlePlacement="start">{t('users.sessions')}</Divider>
      <Typography.Paragraph type="secondary">{t('users.sessionsHint')}</Typography.Paragraph>
      {sessions.isError ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <Spin spinning={sessions.isPending}>
          <List
            size="small"
            dataSource={sessions.data?.items ?? []}
            renderItem={(s) => (
              <List.Item
                actions={
                  s.current
                    ? [
                        <Tag key="current" color="blue">
                          {t('users.sessionCurrent')}
                        </Tag>,
                      ]
                    : [
                        <Popconfirm
                          key="end"
                          title={t('users.sessionEndConfirm')}
                          okText={t('users.sessionEnd')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => confirmEnd(s.id)}
                        >
                          <Button danger size="small">
                            {t('users.sessionEnd')}
                          </Button>
                        </Popconfirm>,
                      ]
                }
              >
                <List.Item.Meta
                  title={s.userAgent ?? t('users.sessionUnknownDevice')}
                  description={[
                    s.ip,
                    t('users.sessionLoggedIn', { at: at(s.createdAt) }),
                    t('users.sessionLastSeen', { at: at(s.lastSeenAt) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </List.Item>
            )}
          />
        </Spin>
      )}
    </section>
  );
}
