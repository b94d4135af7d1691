import type { ServerModule } from '../../platform/module.ts';
import { registerLearningRoutes } from './learning.routes.ts';
import { learningTile } from './learning.service.ts';

export const learningModule: ServerModule = {
  name: 'learning',
  routes: registerLearningRoutes,
  // 学习参与 on the home page
  dashboardTiles: [learningTile],
};
