import { BarChartOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/** 指标达标 is for those who oversee; a cadre has 我的本月. */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'compliance',
      page: lazyPage(() => import('../../pages/CompliancePage'), 'CompliancePage'),
      title: 'menu.compliance',
      roles: pageRoles('compliance'),
      menu: { order: 120, icon: <BarChartOutlined /> },
    },
  ],
};
