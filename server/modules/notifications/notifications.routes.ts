import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZDateTimeSchema,
  ZIdParamsSchema,
  ZPageQuerySchema,
  ZQueryBoolSchema,
} from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';
import type { Db } from '../../db/client.ts';
import { ALL_ROLES } from '../../platform/access.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import * as service from './notifications.service.ts';

const ZNotificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: ZDateTimeSchema.nullable(),
  createdAt: ZDateTimeSchema,
});
const ZListSchema = z.object({
  items: z.array(ZNotificationSchema),
  total: z.number().int(),
  unread: z.number().int(),
});
const ZQuerySchema = ZPageQuerySchema.pick({ page: true, pageSize: true }).extend({
  unreadOnly: ZQueryBoolSchema.optional(),
});
const ZMarkedSchema = z.object({ marked: z.number().int() });

const tags = ['notifications'];

export function registerNotificationRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const anyone = requireRole(...ALL_ROLES);
  r.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: '我的站内通知',
        querystring: ZQuerySchema,
        response: { 200: ZListSchema },
      },
      onRequest: anyone,
    },
    (req) => service.listMine(contextOf(req, db), req.query),
  );
  r.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: '标记为已读',
        params: ZIdParamsSchema,
        response: { 200: ZMarkedSchema },
      },
      onRequest: anyone,
    },
    async (req) => ({ marked: await service.readOne(contextOf(req, db), req.params.id) }),
  );
  r.post(
    '/api/notifications/read-all',
    {
      schema: { tags, summary: '全部标记为已读', response: { 200: ZMarkedSchema } },
      onRequest: anyone,
    },
    async (req) => ({ marked: await service.readAll(contextOf(req, db)) }),
  );
}
