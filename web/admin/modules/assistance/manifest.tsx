import { householdsGroup } from '../households/manifest';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'assistance',
      page: lazyPage(
        () => import('../../pages/HouseholdsAssistancePage'),
        'HouseholdsAssistancePage',
      ),
      title: 'households.menu.assistance',
      menu: { order: 72, group: householdsGroup },
    },
  ],
};
