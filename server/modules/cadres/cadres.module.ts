import type { ServerModule } from '../../platform/module.ts';
import { registerCadreRoutes } from './cadres.routes.ts';

export const cadresModule: ServerModule = {
  name: 'cadres',
  routes: registerCadreRoutes,
};
