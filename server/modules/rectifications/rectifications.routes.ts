import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { registerWorkflowRoutes } from '../../platform/workflow/routes.ts';
import { rectificationKind } from './lifecycle.ts';
import { rectificationPolicy, reminderPolicy } from './rectifications.policy.ts';
import type { RectificationRow } from './rectifications.repo.ts';
import * as schemas from './rectifications.schemas.ts';
import * as service from './rectifications.service.ts';

export function registerRectificationRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'rectifications', rectificationPolicy);
  api.list(schemas.ZRectificationListQuerySchema, schemas.ZRectificationListSchema, service.list);
  api.exportXlsx(schemas.ZRectificationFilterSchema, service.exportXlsx);
  api.view(
    'progress',
    schemas.ZRectificationProgressQuerySchema,
    schemas.ZRectificationProgressSchema,
    service.progress,
  );
  api
    .as(reminderPolicy)
    .command(
      'reminders',
      schemas.ZRectificationReminderSchema,
      schemas.ZRectificationReminderResultSchema,
      service.sendReminders,
    );
  api.get(schemas.ZRectificationDetailSchema, service.get);
  api.create(
    schemas.ZRectificationCreateSchema,
    schemas.ZRectificationDetailSchema,
    service.create,
  );
  api.update(
    schemas.ZRectificationUpdateSchema,
    schemas.ZRectificationDetailSchema,
    service.update,
  );
  api.remove(service.remove);
  registerWorkflowRoutes(app, {
    db,
    kind: rectificationKind,
    prefix: '/api/rectifications',
    tags: ['rectifications'],
    policy: { read: rectificationPolicy.read, act: rectificationPolicy.write },
    record: {
      schema: schemas.ZRectificationDetailSchema,
      view: (ctx, r) => service.get(ctx, (r as RectificationRow).id),
    },
  });
}
