import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { serviceRecordPolicy } from './service-records.policy.ts';
import * as schemas from './service-records.schemas.ts';
import * as service from './service-records.service.ts';

export function registerServiceRecordRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'service-records', serviceRecordPolicy);
  api.list(schemas.ZServiceRecordListQuerySchema, schemas.ZServiceRecordListSchema, service.list);
  api.exportXlsx(schemas.ZServiceRecordFilterSchema, service.exportXlsx);
  api.view(
    'summary',
    schemas.ZServiceSummaryQuerySchema,
    schemas.ZServiceSummarySchema,
    service.summary,
  );
  api.get(schemas.ZServiceRecordSchema, service.get);
  api.create(schemas.ZServiceRecordCreateSchema, schemas.ZServiceRecordSchema, service.create);
  api.update(schemas.ZServiceRecordUpdateSchema, schemas.ZServiceRecordSchema, service.update);
  api.remove(service.remove);
}
