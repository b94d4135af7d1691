import type { ServerModule } from '../../platform/module.ts';
import { registerHouseholdRoutes } from './households.routes.ts';

export const householdsModule: ServerModule = {
  name: 'households',
  routes: registerHouseholdRoutes,
};
