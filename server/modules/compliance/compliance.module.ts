import type { ServerModule } from '../../platform/module.ts';
import { registerComplianceRoutes } from './compliance.routes.ts';
import { sendReminders } from './compliance.service.ts';

export const complianceModule: ServerModule = {
  name: 'compliance',
  routes: registerComplianceRoutes,
  // on each campaign's reminder day, cadres behind their monthly quota are reminded once
  jobs: ({ db }) => [{ name: 'quota-reminders', run: () => sendReminders(db, {}) }],
};
