import type { ServerModule } from '../../platform/module.ts';
import { registerReportRoutes } from './reports.routes.ts';
import { makeLastMonthReport } from './reports.service.ts';

export const reportsModule: ServerModule = {
  name: 'reports',
  routes: registerReportRoutes,
  // hourly: the bureau's 月报 of the month before, once (idempotent; the unique index between servers)
  jobs: ({ db, config }) => [
    { name: 'reports-monthly', run: () => makeLastMonthReport({ db, config }) },
  ],
};
