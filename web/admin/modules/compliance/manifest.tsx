import { BarChartOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { menuPage } from '../shell/manifest';

/** 指标达标 is for those who oversee; a cadre has 我的本月. */
const menu = { order: 120, icon: <BarChartOutlined /> };
export const manifest = menuPage(
  'compliance',
  'CompliancePage',
  'menu.compliance',
  menu,
  pageRoles('compliance'),
);
