import type { ServerModule } from '../../platform/module.ts';
import { registerHolidayRoutes } from './holidays.routes.ts';

export const holidaysModule: ServerModule = {
  name: 'holidays',
  routes: registerHolidayRoutes,
};
