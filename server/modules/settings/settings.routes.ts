import type { FastifyInstance } from 'fastify';
import * as schemas from '../../../common/settings.ts';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { settingPolicy } from './settings.policy.ts';
import * as service from './settings.service.ts';

export function registerSettingRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'settings', settingPolicy, {
    key: { name: 'key', schema: schemas.ZSettingParamsSchema },
  });
  api.list(null, schemas.ZSettingListSchema, service.list);
  api.put(schemas.ZSettingPutSchema, schemas.ZSettingSchema, (ctx, key, body) =>
    service.put(ctx, key, body.value),
  );
}
