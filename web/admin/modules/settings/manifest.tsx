import { SettingOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { menuPage } from '../shell/manifest';

/** 系统设置: the admin's page. */
const menu = { order: 170, icon: <SettingOutlined /> };
export const manifest = menuPage(
  'settings',
  'SettingsPage',
  'settings.menu',
  menu,
  pageRoles('settings'),
);
