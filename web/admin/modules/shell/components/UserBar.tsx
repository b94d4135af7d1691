import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Flex, Grid, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { t } from '../../../i18n';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useLogout } from '../../auth/hooks/useLogout';
import { ChangePasswordButton } from '../../users/components/ChangePasswordButton';

/** Who is signed in (name, role, unit) and 退出登录. */
export function UserBar() {
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();

  const signOut = () => {
    logout.mutate(undefined, {
      onSettled: () => {
        void message.success(t('auth.loggedOut'));
        void navigate('/login', { replace: true });
      },
    });
  };

  return (
    <Flex align="center" gap="small" wrap={false} style={{ minWidth: 0 }}>
      <UserOutlined />
      <Typography.Text strong ellipsis>
        {user.name}
      </Typography.Text>
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        {t(`roles.${user.role}`)}
      </Tag>
      {user.orgName && screens.md ? (
        <Typography.Text type="secondary" ellipsis>
          {user.orgName}
        </Typography.Text>
      ) : null}
      <ChangePasswordButton compact={!screens.md} />
      <Button
        icon={<LogoutOutlined />}
        onClick={signOut}
        loading={logout.isPending}
        aria-label={t('auth.logout')}
      >
        {screens.sm ? t('auth.logout') : null}
      </Button>
    </Flex>
  );
}
