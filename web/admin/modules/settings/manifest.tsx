import { SettingOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'settings',
      page: lazyPage(() => import('../../pages/SettingsPage'), 'SettingsPage'),
      title: 'settings.menu',
      roles: pageRoles('settings'),
      menu: { order: 170, icon: <SettingOutlined /> },
    },
  ],
};
