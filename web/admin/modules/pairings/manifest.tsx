import { householdsGroup } from '../households/manifest';
import { menuPage } from '../shell/manifest';

/** 结对, under 入户结亲 */
const menu = { order: 71, group: householdsGroup };
export const manifest = menuPage('pairings', 'PairingsPage', 'households.menu.pairings', menu);
