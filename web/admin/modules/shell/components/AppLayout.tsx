import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Typography, theme } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router-dom';
import { t } from '../../../i18n';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { siderBackground } from '../../../ui/theme';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import { OutboxSync } from '../../visits/components/OutboxSync';
import { PageBreadcrumb } from './PageTrail';
import { SideMenu } from './SideMenu';
import { UserBar } from './UserBar';

function Brand() {
  return (
    <Flex vertical style={{ padding: '16px 24px' }}>
      <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
        {t('app.brand')}
      </Typography.Text>
      <Typography.Text style={{ color: 'rgba(255,255,255,0.65)', fontSize: 12 }}>
        {t('app.brandSubtitle')}
      </Typography.Text>
    </Flex>
  );
}

/** Side menu, header with the signed-in user, and the current page. */
export function AppLayout() {
  const screens = Grid.useBreakpoint();
  const isDesktop = screens.lg === true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = theme.useToken();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <OutboxSync />
      {isDesktop ? (
        <Layout.Sider
          width={220}
          // the menu scrolls within the window's height: on a 768-px screen the admin's last
          // entries (系统设置) lay below the fold, out of reach
          style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}
        >
          <Brand />
          <SideMenu />
        </Layout.Sider>
      ) : (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          closable={false}
          styles={{ body: { padding: 0, background: siderBackground } }}
        >
          <Brand />
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: isDesktop ? 24 : 12,
          }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }} gap="small">
            {isDesktop ? (
              <span />
            ) : (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('app.openMenu')}
                onClick={() => setDrawerOpen(true)}
              />
            )}
            <Flex align="center" gap="small" style={{ minWidth: 0 }}>
              <NotificationBell />
              <UserBar />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: isDesktop ? 24 : 12 }}>
          <PageBreadcrumb />
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
