import type { FastifyInstance } from 'fastify';
import * as schemas from '../../../common/holidays.ts';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { holidayPolicy } from './holidays.policy.ts';
import * as service from './holidays.service.ts';

export function registerHolidayRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, {
    path: '/api/holidays',
    tags: ['holidays'],
    policy: holidayPolicy,
    key: { name: 'date', schema: schemas.ZHolidayParamsSchema },
    summary: {
      list: '节假日与调休（一年）',
      put: '设置某日为节假日或调休上班日',
      remove: '删除节假日设置',
    },
  });
  api.list(schemas.ZHolidayListQuerySchema, schemas.ZHolidayListSchema, (ctx, q) =>
    service.listYear(ctx, q.year),
  );
  api.put(schemas.ZHolidayPutSchema, schemas.ZHolidaySchema, service.put);
  api.remove(service.remove);
}
