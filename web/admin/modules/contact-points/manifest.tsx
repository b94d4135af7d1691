import { EnvironmentOutlined } from '@ant-design/icons';
import { menuPage } from '../shell/manifest';

/** 基层联系点 */
const menu = { order: 40, icon: <EnvironmentOutlined /> };
export const manifest = menuPage('contact-points', 'ContactPointsPage', 'menu.contactPoints', menu);
