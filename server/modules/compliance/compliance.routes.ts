import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { compliancePolicy } from './compliance.policy.ts';
import * as schemas from './compliance.schemas.ts';
import * as service from './compliance.service.ts';

export function registerComplianceRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const { read, remind } = compliancePolicy;
  const api = resourceRoutes(app, db, 'compliance', { read, write: remind });
  api.list(schemas.ZComplianceQuerySchema, schemas.ZComplianceListSchema, service.monthly);
  api.exportXlsx(schemas.ZComplianceExportQuerySchema, service.exportXlsx);
  api.view('units', schemas.ZUnitSummaryQuerySchema, schemas.ZUnitSummarySchema, service.units);
  api.view('calendar', schemas.ZCalendarQuerySchema, schemas.ZCalendarSchema, service.calendar);
  api.view('me', schemas.ZMyMonthQuerySchema, schemas.ZMyMonthSchema, (ctx, q) =>
    service.myMonth(ctx, q.month),
  );
  api.command(
    'reminders',
    schemas.ZReminderRequestSchema,
    schemas.ZReminderResultSchema,
    (ctx, b) =>
      service.sendReminders(ctx.db, { month: b.month, force: true, actor: ctx.actor, ip: ctx.ip }),
  );
}
