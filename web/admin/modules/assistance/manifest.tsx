import { householdsGroup } from '../households/manifest';
import { menuPage } from '../shell/manifest';

/** 帮扶记录, under 入户结亲 */
const menu = { order: 72, group: householdsGroup };
const title = 'households.menu.assistance';
export const manifest = menuPage('assistance', 'HouseholdsAssistancePage', title, menu);
