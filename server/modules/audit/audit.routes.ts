import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZAuditItemSchema } from '../../../common/audit-log.ts';
import { dateRange, tooLong } from '../../../common/fields.ts';
import { listOf, ZPageQuerySchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import { auditPolicy } from './audit.policy.ts';
import * as service from './audit.service.ts';

const ZAuditQuerySchema = ZPageQuerySchema.extend({
  entity: z.string().max(40, tooLong('对象类型', 40)).optional(),
  action: z.string().max(40, tooLong('操作', 40)).optional(),
  actorId: z.uuid().optional(),
  from: z.coerce.date().optional().describe('起始时间（含）'),
  to: z.coerce.date().optional().describe('截止时间（含）'),
});

const ZAuditFilterSchema = ZAuditQuerySchema.omit({ page: true, pageSize: true }).superRefine(
  dateRange('from', 'to'),
);
const ZAuditListQuerySchema = ZAuditQuerySchema.superRefine(dateRange('from', 'to'));

export function registerAuditRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志',
        querystring: ZAuditListQuerySchema,
        response: { 200: listOf(ZAuditItemSchema) },
      },
      onRequest: requireRole(...auditPolicy.read),
    },
    (req) => service.list(contextOf(req, db), req.query),
  );
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit/export',
    {
      schema: {
        tags: ['audit'],
        summary: '按当前筛选导出审计日志 Excel',
        querystring: ZAuditFilterSchema,
      },
      onRequest: requireRole(...auditPolicy.read),
    },
    async (req, reply) =>
      sendXlsx(reply, '审计日志.xlsx', await service.exportXlsx(contextOf(req, db), req.query)),
  );
}
