import { householdsGroup } from '../households/manifest';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'pairings',
      page: lazyPage(() => import('../../pages/PairingsPage'), 'PairingsPage'),
      title: 'households.menu.pairings',
      menu: { order: 71, group: householdsGroup },
    },
  ],
};
