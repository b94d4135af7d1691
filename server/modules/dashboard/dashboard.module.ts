import type { ServerModule } from '../../platform/module.ts';
import { registerDashboardRoutes } from './dashboard.routes.ts';

export const dashboardModule: ServerModule = {
  name: 'dashboard',
  routes: registerDashboardRoutes,
};
