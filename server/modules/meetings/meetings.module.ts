import type { ServerModule } from '../../platform/module.ts';
import { registerMeetingRoutes } from './meetings.routes.ts';

export const meetingsModule: ServerModule = {
  name: 'meetings',
  routes: registerMeetingRoutes,
};
