import { UserSwitchOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { menuPage } from '../shell/manifest';

/** 账号管理: the system admin's. */
const menu = { order: 150, icon: <UserSwitchOutlined /> };
export const manifest = menuPage('users', 'UsersPage', 'users.menu', menu, pageRoles('users'));
