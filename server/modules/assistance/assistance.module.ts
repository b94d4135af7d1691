import type { ServerModule } from '../../platform/module.ts';
import { registerAssistanceRoutes } from './assistance.routes.ts';

export const assistanceModule: ServerModule = {
  name: 'assistance',
  routes: registerAssistanceRoutes,
};
