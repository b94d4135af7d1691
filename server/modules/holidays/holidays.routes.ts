import type { FastifyInstance } from 'fastify';
import * as schemas from '../../../common/holidays.ts';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { holidayPolicy } from './holidays.policy.ts';
import * as service from './holidays.service.ts';

export function registerHolidayRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'holidays', holidayPolicy, {
    key: { name: 'date', schema: schemas.ZHolidayParamsSchema },
  });
  api.list(schemas.ZHolidayListQuerySchema, schemas.ZHolidayListSchema, (ctx, q) =>
    service.listYear(ctx, q.year),
  );
  api.put(schemas.ZHolidayPutSchema, schemas.ZHolidaySchema, service.put);
  api.remove(service.remove);
}
