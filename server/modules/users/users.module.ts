import type { ServerModule } from '../../platform/module.ts';
import { registerUserRoutes } from './users.routes.ts';

export const usersModule: ServerModule = {
  name: 'users',
  routes: registerUserRoutes,
};
