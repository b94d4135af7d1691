import { TeamOutlined } from '@ant-design/icons';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'cadres',
      page: lazyPage(() => import('../../pages/CadresPage'), 'CadresPage'),
      title: 'menu.cadres',
      menu: { order: 30, icon: <TeamOutlined /> },
    },
  ],
};
