import { AuditOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'audit',
      page: lazyPage(() => import('../../pages/AuditPage'), 'AuditPage'),
      title: 'menu.audit',
      roles: pageRoles('audit'),
      menu: { order: 140, icon: <AuditOutlined /> },
    },
  ],
};
