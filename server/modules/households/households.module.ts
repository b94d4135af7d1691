import type { ServerModule } from '../../platform/module.ts';
import { registerHouseholdCategoryRoutes } from './household-categories.routes.ts';
import { registerHouseholdRoutes } from './households.routes.ts';

export const householdsModule: ServerModule = {
  name: 'households',
  routes: (app, deps) => {
    registerHouseholdRoutes(app, deps);
    registerHouseholdCategoryRoutes(app, deps);
  },
};
