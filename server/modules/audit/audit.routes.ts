import type { FastifyInstance } from 'fastify';
import { ZAuditItemSchema } from '../../../common/audit-log.ts';
import { dateRange, tooLong } from '../../../common/fields.ts';
import { listOf, ZPageQuerySchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
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
  const api = resourceRoutes(app, db, 'audit', auditPolicy);
  api.list(ZAuditListQuerySchema, listOf(ZAuditItemSchema), service.list);
  api.exportXlsx(ZAuditFilterSchema, service.exportXlsx);
}
