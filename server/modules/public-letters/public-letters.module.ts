import type { ServerModule } from '../../platform/module.ts';
import { registerPublicLetterRoutes } from './public-letters.routes.ts';

export const publicLettersModule: ServerModule = {
  name: 'public-letters',
  routes: registerPublicLetterRoutes,
};
