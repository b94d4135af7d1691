import { HeartOutlined } from '@ant-design/icons';
import { lazyPage, type MenuGroup, type ModuleManifest } from '../shell/manifest';

/** 入户结亲: the menu heading of households, pairings and assistance. */
export const householdsGroup: MenuGroup = {
  key: 'households-group',
  label: 'households.menu.group',
  icon: <HeartOutlined />,
};

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'households',
      page: lazyPage(() => import('../../pages/HouseholdsPage'), 'HouseholdsPage'),
      title: 'households.menu.households',
      menu: { order: 70, group: householdsGroup },
    },
  ],
};
