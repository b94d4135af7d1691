import type { ServerModule } from '../../platform/module.ts';
import { registerSettingRoutes } from './settings.routes.ts';

export const settingsModule: ServerModule = {
  name: 'settings',
  routes: registerSettingRoutes,
};
