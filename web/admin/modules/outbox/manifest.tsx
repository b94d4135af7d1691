import { MailOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/** 发件箱 (系统管理): the admin's page; the office may read it through the API. */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'outbox',
      page: lazyPage(() => import('../../pages/OutboxPage'), 'OutboxPage'),
      title: 'outbox.menu',
      roles: pageRoles('outbox'),
      menu: { order: 160, icon: <MailOutlined /> },
    },
  ],
};
