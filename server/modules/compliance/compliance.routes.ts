import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import { compliancePolicy } from './compliance.policy.ts';
import {
  ZCalendarQuerySchema,
  ZCalendarSchema,
  ZComplianceExportQuerySchema,
  ZComplianceListSchema,
  ZComplianceQuerySchema,
  ZMyMonthQuerySchema,
  ZMyMonthSchema,
  ZReminderRequestSchema,
  ZReminderResultSchema,
  ZUnitSummaryQuerySchema,
  ZUnitSummarySchema,
} from './compliance.schemas.ts';
import * as service from './compliance.service.ts';

const tags = ['compliance'];

export function registerComplianceRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireRole(...compliancePolicy.read);

  r.get(
    '/api/compliance',
    {
      schema: {
        tags,
        summary: '每月入户结亲指标达标情况（按干部）',
        querystring: ZComplianceQuerySchema,
        response: { 200: ZComplianceListSchema },
      },
      onRequest: read,
    },
    (req) => service.monthly(contextOf(req, db), req.query),
  );
  r.get(
    '/api/compliance/export',
    {
      schema: {
        tags,
        summary: '导出本月指标达标明细（Excel，筛选条件同列表）',
        querystring: ZComplianceExportQuerySchema,
      },
      onRequest: read,
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        `指标达标-${req.query.month}.xlsx`,
        await service.exportXlsx(contextOf(req, db), req.query),
      ),
  );
  r.get(
    '/api/compliance/units',
    {
      schema: {
        tags,
        summary: '按单位汇总的达标率',
        querystring: ZUnitSummaryQuerySchema,
        response: { 200: ZUnitSummarySchema },
      },
      onRequest: read,
    },
    (req) => service.units(contextOf(req, db), req.query),
  );
  r.get(
    '/api/compliance/calendar',
    {
      schema: {
        tags,
        summary: '干部在联系点的日历（热力图）',
        querystring: ZCalendarQuerySchema,
        response: { 200: ZCalendarSchema },
      },
      onRequest: read,
    },
    (req) => service.calendar(contextOf(req, db), req.query),
  );
  r.get(
    '/api/compliance/me',
    {
      schema: {
        tags,
        summary: '我本月的指标进度和下一步',
        querystring: ZMyMonthQuerySchema,
        response: { 200: ZMyMonthSchema },
      },
      onRequest: read,
    },
    (req) => service.myMonth(contextOf(req, db), req.query.month),
  );
  r.post(
    '/api/compliance/reminders',
    {
      schema: {
        tags,
        summary: '立即提醒本月未达标的干部（每人每月一次）',
        body: ZReminderRequestSchema,
        response: { 200: ZReminderResultSchema },
      },
      onRequest: requireRole(...compliancePolicy.remind),
    },
    (req) => {
      const ctx = contextOf(req, db);
      return service.sendReminders(db, {
        month: req.body.month,
        force: true,
        actor: ctx.actor,
        ip: ctx.ip,
      });
    },
  );
}
