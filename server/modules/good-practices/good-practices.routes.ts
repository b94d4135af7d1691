import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { goodPracticePolicy } from './good-practices.policy.ts';
import * as schemas from './good-practices.schemas.ts';
import * as service from './good-practices.service.ts';

export function registerGoodPracticeRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'good-practices', goodPracticePolicy);
  api.list(schemas.ZGoodPracticeListQuerySchema, schemas.ZGoodPracticeListSchema, service.list);
  api.exportXlsx(schemas.ZGoodPracticeFilterSchema, service.exportXlsx);
  api.create(schemas.ZGoodPracticeCreateSchema, schemas.ZGoodPracticeSchema, service.mark);
  api.remove(service.unmark);
}
