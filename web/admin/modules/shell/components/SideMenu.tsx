import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CommentOutlined,
  ControlOutlined,
  EnvironmentOutlined,
  FlagOutlined,
  HeartOutlined,
  HomeOutlined,
  MailOutlined,
  MessageOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { t } from '../../../i18n';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { usePermissions } from '../../auth/hooks/usePermissions';
import { canEditCategories, caseListRoles } from '../../cases/utils/permissions';
import { userManagerRoles } from '../../users/types/user';

type MenuItem = Required<MenuProps>['items'][number];

type SideMenuProps = {
  onNavigate?: () => void;
};

export function SideMenu({ onNavigate }: SideMenuProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const { canReadAudit } = usePermissions();
  const user = useCurrentUser();
  const canManageUsers = userManagerRoles.includes(user.role);

  const items: MenuItem[] = [
    // a cadre's own month comes first for every account linked to a cadre
    ...(user.cadreId ? [{ key: '/my', icon: <HomeOutlined />, label: t('menu.my') }] : []),
    { key: '/orgs', icon: <ApartmentOutlined />, label: t('menu.orgs') },
    { key: '/cadres', icon: <TeamOutlined />, label: t('menu.cadres') },
    { key: '/contact-points', icon: <EnvironmentOutlined />, label: t('menu.contactPoints') },
    { key: '/campaigns', icon: <FlagOutlined />, label: t('campaigns.menu') },
    { key: '/assignments', icon: <ScheduleOutlined />, label: t('campaigns.myTasksMenu') },
    {
      key: 'households-group',
      icon: <HeartOutlined />,
      label: t('households.menu.group'),
      children: [
        { key: '/households', label: t('households.menu.households') },
        { key: '/pairings', label: t('households.menu.pairings') },
        { key: '/assistance', label: t('households.menu.assistance') },
      ],
    },
    { key: '/visits', icon: <CarryOutOutlined />, label: t('menu.visits') },
    ...(caseListRoles.includes(user.role)
      ? [{ key: '/cases', icon: <CommentOutlined />, label: t('cases.menu') }]
      : []),
    ...(user.cadreId
      ? [{ key: '/my/cases', icon: <MessageOutlined />, label: t('cases.myMenu') }]
      : []),
    ...(canEditCategories(user.role)
      ? [{ key: '/case-categories', icon: <ControlOutlined />, label: t('cases.categoriesMenu') }]
      : []),
    ...(user.role !== 'cadre'
      ? [{ key: '/compliance', icon: <BarChartOutlined />, label: t('menu.compliance') }]
      : []),
    { key: '/holidays', icon: <CalendarOutlined />, label: t('holidays.menu') },
    ...(canReadAudit ? [{ key: '/audit', icon: <AuditOutlined />, label: t('menu.audit') }] : []),
    ...(canManageUsers
      ? [{ key: '/users', icon: <UserSwitchOutlined />, label: t('users.menu') }]
      : []),
    // 系统管理: what was sent to citizens by mail and SMS
    ...(user.role === 'admin'
      ? [{ key: '/outbox', icon: <MailOutlined />, label: t('outbox.menu') }]
      : []),
    ...(user.role === 'admin'
      ? [{ key: '/settings', icon: <SettingOutlined />, label: t('settings.menu') }]
      : []),
  ];
  // leaves of groups too: a group's own key is not a route
  const routeKeys = items.flatMap((item) =>
    item && 'children' in item && item.children
      ? item.children.map((child) => String(child?.key))
      : [String(item?.key)],
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
      defaultOpenKeys={['households-group']}
      items={items}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
