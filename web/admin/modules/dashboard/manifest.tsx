import { DashboardOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { menuPage } from '../shell/manifest';

/** 首页: the dashboard of those who oversee, first in their menu (a cadre has 我的本月). */
export const manifest = menuPage(
  'dashboard',
  'DashboardPage',
  'dashboard.menu',
  { order: 5, icon: <DashboardOutlined /> },
  pageRoles('dashboard'),
);
