import type { ServerModule } from '../../platform/module.ts';
import { registerContactPointRoutes } from './contact-points.routes.ts';

export const contactPointsModule: ServerModule = {
  name: 'contact-points',
  routes: registerContactPointRoutes,
};
