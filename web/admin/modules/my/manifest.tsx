import { HomeOutlined } from '@ant-design/icons';
import { menuPage } from '../shell/manifest';

/** 我的本月: a cadre's own month, first in the menu of every account linked to a cadre. */
export const manifest = menuPage('my', 'MyMonthPage', 'menu.my', {
  order: 10,
  icon: <HomeOutlined />,
  when: (user) => Boolean(user.cadreId),
});
