import { UserSwitchOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'users',
      page: lazyPage(() => import('../../pages/UsersPage'), 'UsersPage'),
      title: 'users.menu',
      roles: pageRoles('users'),
      menu: { order: 150, icon: <UserSwitchOutlined /> },
    },
  ],
};
