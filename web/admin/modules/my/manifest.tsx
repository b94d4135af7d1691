import { HomeOutlined } from '@ant-design/icons';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/** 我的本月: a cadre's own month, first in the menu of every account linked to a cadre. */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'my',
      page: lazyPage(() => import('../../pages/MyMonthPage'), 'MyMonthPage'),
      title: 'menu.my',
      menu: { order: 10, icon: <HomeOutlined />, when: (user) => Boolean(user.cadreId) },
    },
  ],
};
