import { CarryOutOutlined } from '@ant-design/icons';
import { menuPage } from '../shell/manifest';

/** 走访记录 */
const menu = { order: 80, icon: <CarryOutOutlined /> };
export const manifest = menuPage('visits', 'VisitsPage', 'menu.visits', menu);
