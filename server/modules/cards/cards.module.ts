import type { ServerModule } from '../../platform/module.ts';
import { registerCardRoutes } from './cards.routes.ts';

export const cardsModule: ServerModule = {
  name: 'cards',
  routes: registerCardRoutes,
};
