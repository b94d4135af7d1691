import { Card, Flex, Typography, theme } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { t } from '../i18n';
import { LoginForm } from '../modules/auth/components/LoginForm';
import { useCurrentUserQuery } from '../modules/auth/hooks/useCurrentUser';
import { FullPageSpin } from '../ui/FullPageSpin';

function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = (state as { from: unknown }).from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login')) return from;
  }
  return '/';
}

export function LoginPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const { data: user, isPending } = useCurrentUserQuery();
  const target = returnPath(location.state);

  if (isPending) return <FullPageSpin />;
  if (user) return <Navigate to={target} replace />;

  return (
    <Flex
      justify="center"
      align="center"
      style={{ minHeight: '100vh', padding: 16, background: token.colorBgLayout }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={2} style={{ color: token.colorPrimary, marginBottom: 4 }}>
            {t('app.brand')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.brandSubtitle')}</Typography.Text>
          <Typography.Title level={4} style={{ marginTop: 16, marginBottom: 0 }}>
            {t('auth.loginTitle')}
          </Typography.Title>
        </Flex>
        <LoginForm onSuccess={() => void navigate(target, { replace: true })} />
      </Card>
    </Flex>
  );
}
