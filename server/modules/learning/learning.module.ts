import type { ServerModule } from '../../platform/module.ts';
import { registerLearningRoutes } from './learning.routes.ts';

export const learningModule: ServerModule = {
  name: 'learning',
  routes: registerLearningRoutes,
};
