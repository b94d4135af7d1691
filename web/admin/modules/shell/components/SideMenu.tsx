import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { t } from '../../../i18n';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import type { CurrentUser } from '../../auth/types/auth';
import { inMenu, PAGES } from '../pages';

type MenuItem = Required<MenuProps>['items'][number];
type Leaf = { key: string; icon?: ReactNode; label: string };
type Group = Leaf & { children: Leaf[] };

type SideMenuProps = {
  onNavigate?: () => void;
};

/** The menu entries of this account: the modules' manifests, in their order, groups as one. */
function menuItems(user: CurrentUser): (Leaf | Group)[] {
  const items: (Leaf | Group)[] = [];
  for (const page of PAGES) {
    if (!page.menu || !inMenu(page, user)) continue;
    const leaf: Leaf = { key: `/${page.path}`, label: t(page.title) };
    const group = page.menu.group;
    if (!group) {
      items.push({ ...leaf, icon: page.menu.icon });
      continue;
    }
    const existing = items.find((i): i is Group => i.key === group.key && 'children' in i);
    if (existing) existing.children.push(leaf);
    else items.push({ key: group.key, icon: group.icon, label: t(group.label), children: [leaf] });
  }
  return items;
}

export function SideMenu({ onNavigate }: SideMenuProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const user = useCurrentUser();
  const items = menuItems(user);
  // leaves of groups too: a group's own key is not a route
  const routeKeys = items.flatMap((item) =>
    'children' in item ? item.children.map((child) => child.key) : [item.key],
  );
  // the longest matching key only: /my/cases is not also /my
  const selected = routeKeys
    .filter((key) => location.pathname === key || location.pathname.startsWith(`${key}/`))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);

  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={selected}
      defaultOpenKeys={items.filter((i) => 'children' in i).map((i) => i.key)}
      items={items as MenuItem[]}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
