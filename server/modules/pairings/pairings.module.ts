import type { ServerModule } from '../../platform/module.ts';
import { registerPairingRoutes } from './pairings.routes.ts';

export const pairingsModule: ServerModule = {
  name: 'pairings',
  routes: registerPairingRoutes,
};
