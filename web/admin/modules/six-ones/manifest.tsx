import { TrophyOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { sixOnesGroup } from '../documents/manifest';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/**
 * 六个一: 我的六个一 for an account linked to a cadre (next to 我的本月), and the board for those
 * who oversee (a unit admin his units, the office and the inspector the bureau).
 */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'my/six-ones',
      page: lazyPage('MySixOnesPage'),
      title: 'sixOnes.myMenu',
      menu: { order: 11, icon: <TrophyOutlined />, when: (user) => Boolean(user.cadreId) },
    },
    {
      path: 'six-ones',
      page: lazyPage('SixOnesPage'),
      title: 'sixOnes.menu',
      roles: pageRoles('sixOnes'),
      menu: { order: 80, group: sixOnesGroup },
    },
  ],
};
