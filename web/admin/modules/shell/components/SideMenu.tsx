import {
  ApartmentOutlined,
  AuditOutlined,
  EnvironmentOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { t } from '../../../i18n';
import { usePermissions } from '../../auth/hooks/usePermissions';

type MenuItem = Required<MenuProps>['items'][number];

type SideMenuProps = {
  onNavigate?: () => void;
};

export function SideMenu({ onNavigate }: SideMenuProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const { canReadAudit } = usePermissions();

  const items: MenuItem[] = [
    { key: '/orgs', icon: <ApartmentOutlined />, label: t('menu.orgs') },
    { key: '/cadres', icon: <TeamOutlined />, label: t('menu.cadres') },
    { key: '/contact-points', icon: <EnvironmentOutlined />, label: t('menu.contactPoints') },
    ...(canReadAudit ? [{ key: '/audit', icon: <AuditOutlined />, label: t('menu.audit') }] : []),
  ];
  const selected = items
    .map((item) => String(item?.key))
    .filter((key) => location.pathname.startsWith(key));

  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={selected}
      items={items}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
