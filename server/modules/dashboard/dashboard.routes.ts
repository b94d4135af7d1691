import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { dashboardPolicy } from './dashboard.policy.ts';
import * as schemas from './dashboard.schemas.ts';
import * as service from './dashboard.service.ts';

export function registerDashboardRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'dashboard', dashboardPolicy);
  api.exportXlsx(schemas.ZDashboardQuerySchema, service.exportXlsx);
  api.list(schemas.ZDashboardQuerySchema, schemas.ZDashboardSchema, service.dashboard);
}
