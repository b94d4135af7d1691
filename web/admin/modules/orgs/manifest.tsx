import { ApartmentOutlined } from '@ant-design/icons';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'orgs',
      page: lazyPage(() => import('../../pages/OrgsPage'), 'OrgsPage'),
      title: 'menu.orgs',
      menu: { order: 20, icon: <ApartmentOutlined /> },
    },
  ],
};
