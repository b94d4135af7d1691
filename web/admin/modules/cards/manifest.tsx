import { pageRoles } from '../../../../common/access.ts';
import { sixOnesGroup } from '../documents/manifest';
import { menuPage } from '../shell/manifest';

/** 干群连心卡 — under 六个一, after 六个一看板 (80), 调研课题 (81) and 公开信 (82). */
const menu = { order: 83, group: sixOnesGroup };
export const manifest = menuPage('cards', 'CardsPage', 'cards.menu', menu, pageRoles('cards'));
