import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { cadrePolicy } from './cadres.policy.ts';
import * as schemas from './cadres.schemas.ts';
import * as service from './cadres.service.ts';

export function registerCadreRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'cadres', cadrePolicy);
  api.list(schemas.ZCadreListQuerySchema, schemas.ZCadreListSchema, service.list);
  api.exportXlsx(schemas.ZCadreFilterSchema, service.exportXlsx);
  api.importXlsx(service.importTemplate, service.importXlsx);
  api.get(schemas.ZCadreSchema, service.get);
  api.create(schemas.ZCadreCreateSchema, schemas.ZCadreSchema, service.create);
  api.update(schemas.ZCadreUpdateSchema, schemas.ZCadreSchema, service.update);
}
