import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dateRange, tooLong } from '../../../common/fields.ts';
import { listOf, ZDateTimeSchema, ZPageQuerySchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';
import type { Db } from '../../db/client.ts';
import type { Role } from '../../platform/access.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import * as service from './audit.service.ts';

/** The audit log is read by the system admin and inspectors; nobody can change it. */
export const auditPolicy = { read: ['admin', 'inspector'] as readonly Role[] };

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

const ZAuditItemSchema = z.object({
  id: z.uuid(),
  at: ZDateTimeSchema,
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  object: z
    .object({
      name: z.string().nullable().describe('对象的名称；null 表示对象已删除'),
      campaignId: z
        .uuid()
        .nullable()
        .describe('活动的组成部分（阶段、项目、任务、规则）所属的活动'),
      search: z
        .string()
        .nullable()
        .describe('只在列表中显示的对象（干部、账号、联系点）在其列表中的查找词'),
    })
    .nullable()
    .describe('日志所涉对象；无对象编号或该类对象无表时为 null'),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

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
