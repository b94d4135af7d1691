import type { ServerModule } from '../../platform/module.ts';
import { registerOrgRoutes } from './orgs.routes.ts';

export const orgsModule: ServerModule = {
  name: 'orgs',
  routes: registerOrgRoutes,
};
