import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { t } from '../i18n';
import { useCheckIn, useStudySession } from '../modules/study-sessions/hooks/useStudySessions';
import { errorMessage } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { QueryError } from '../ui/QueryError';

/**
 * 扫码签到: where the session's QR code lands (/check-in?session=…&token=…). The signed-in cadre
 * sees the session and one big 签到 button; the answer is said in words. Someone not signed in
 * is sent to the login and brought back here with the same address (RequireAuth / LoginPage).
 */
export function CheckInPage() {
  const [params] = useSearchParams();
  const sessionId = params.get('session') ?? '';
  const token = params.get('token') ?? '';
  const session = useStudySession(sessionId || null);
  const checkIn = useCheckIn(sessionId);
  if (!sessionId || !token)
    return <Result status="warning" title={t('studySessions.checkIn.missing')} />;
  if (session.error)
    return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  const result = checkIn.data;
  return (
    <Flex justify="center">
      <Card style={{ width: '100%', maxWidth: 520 }}>
        {!s ? (
          <Skeleton active />
        ) : (
          <Flex vertical gap="middle" align="center">
            <Typography.Title level={3} style={{ margin: 0, textAlign: 'center' }}>
              {s.title}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 16, textAlign: 'center' }}>
              {`${t(`studySessions.kinds.${s.kind}`)} · ${formatDateTime(s.startsAt)} · ${s.place || s.orgName}`}
            </Typography.Text>
            {result ? (
              <Result
                status="success"
                icon={<CheckCircleFilled />}
                title={t(
                  result.already ? 'studySessions.checkIn.already' : 'studySessions.checkIn.done',
                  {
                    status: t(`studySessions.statuses.${result.status}`),
                    time: formatDateTime(result.checkedInAt).slice(11),
                  },
                )}
                extra={
                  <Link to="/study-sessions?mine=true">{t('studySessions.checkIn.toList')}</Link>
                }
              />
            ) : checkIn.error ? (
              <Result
                status="warning"
                icon={<ExclamationCircleFilled />}
                title={t('studySessions.checkIn.failed')}
                subTitle={`${errorMessage(checkIn.error)}`}
                extra={<Typography.Text>{t('studySessions.checkIn.rescan')}</Typography.Text>}
              />
            ) : (
              <Button
                type="primary"
                size="large"
                block
                style={{ height: 96, fontSize: 32 }}
                loading={checkIn.isPending}
                onClick={() => checkIn.mutate(token)}
              >
                {t('studySessions.checkIn.button')}
              </Button>
            )}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
