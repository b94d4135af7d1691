import { HeartOutlined } from '@ant-design/icons';
import { type MenuGroup, menuPage } from '../shell/manifest';

/** 入户结亲: the menu heading of households, pairings and assistance. */
export const householdsGroup: MenuGroup = {
  key: 'households-group',
  label: 'households.menu.group',
  icon: <HeartOutlined />,
};

export const manifest = menuPage('households', 'HouseholdsPage', 'households.menu.households', {
  order: 70,
  group: householdsGroup,
});
