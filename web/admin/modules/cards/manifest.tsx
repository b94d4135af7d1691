import { IdcardOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { menuPage } from '../shell/manifest';

/**
 * 干群连心卡 — among the six ones (六个一: 调研课题, 公开信, 六个一 take the orders around it), after
 * 任务进展 (60) and before 入户结亲 (70).
 */
const menu = { order: 64, icon: <IdcardOutlined /> };
export const manifest = menuPage('cards', 'CardsPage', 'cards.menu', menu, pageRoles('cards'));
