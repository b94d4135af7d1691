import { TeamOutlined } from '@ant-design/icons';
import { menuPage } from '../shell/manifest';

/** 干部名册 */
const menu = { order: 30, icon: <TeamOutlined /> };
export const manifest = menuPage('cadres', 'CadresPage', 'menu.cadres', menu);
