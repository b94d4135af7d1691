import { CarryOutOutlined } from '@ant-design/icons';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'visits',
      page: lazyPage(() => import('../../pages/VisitsPage'), 'VisitsPage'),
      title: 'menu.visits',
      menu: { order: 80, icon: <CarryOutOutlined /> },
    },
  ],
};
