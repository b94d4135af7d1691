import type { ServerModule } from '../../platform/module.ts';
import { registerNotificationRoutes } from './notifications.routes.ts';

export const notificationsModule: ServerModule = {
  name: 'notifications',
  routes: registerNotificationRoutes,
};
