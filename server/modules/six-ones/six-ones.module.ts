import type { ServerModule } from '../../platform/module.ts';
import { registerSixOnesRoutes } from './six-ones.routes.ts';
import { sixOnesTile } from './six-ones.service.ts';

export const sixOnesModule: ServerModule = {
  name: 'six-ones',
  routes: registerSixOnesRoutes,
  // 六个一完成情况 on the home page
  dashboardTiles: [sixOnesTile],
};
