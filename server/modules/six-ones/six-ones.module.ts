import type { ServerModule } from '../../platform/module.ts';
import { registerSixOnesRoutes } from './six-ones.routes.ts';

export const sixOnesModule: ServerModule = {
  name: 'six-ones',
  routes: registerSixOnesRoutes,
};
