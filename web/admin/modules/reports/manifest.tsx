import { FileTextOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { menuPage } from '../shell/manifest';

/** 报告: the 月报 and 活动总结 (after 达标统计, order 125). */
export const manifest = menuPage(
  'reports',
  'ReportsPage',
  'reports.title',
  { order: 125, icon: <FileTextOutlined /> },
  pageRoles('reports'),
);
