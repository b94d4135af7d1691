import type { FastifyInstance } from 'fastify';
import { ZDateTimeSchema, ZPageQuerySchema, ZQueryBoolSchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { notificationPolicy } from './notifications.policy.ts';
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

export function registerNotificationRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'notifications', notificationPolicy);
  api.list(ZQuerySchema, ZListSchema, service.listMine);
  api.action('read', null, ZMarkedSchema, async (ctx, id) => ({
    marked: await service.readOne(ctx, id),
  }));
  api.command('read-all', null, ZMarkedSchema, async (ctx) => ({
    marked: await service.readAll(ctx),
  }));
}
