import { EnvironmentOutlined } from '@ant-design/icons';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'contact-points',
      page: lazyPage(() => import('../../pages/ContactPointsPage'), 'ContactPointsPage'),
      title: 'menu.contactPoints',
      menu: { order: 40, icon: <EnvironmentOutlined /> },
    },
  ],
};
