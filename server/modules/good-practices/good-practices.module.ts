import type { ServerModule } from '../../platform/module.ts';
import { registerGoodPracticeRoutes } from './good-practices.routes.ts';

export const goodPracticesModule: ServerModule = {
  name: 'good-practices',
  routes: registerGoodPracticeRoutes,
};
