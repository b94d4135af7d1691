import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { assistancePolicy } from './assistance.policy.ts';
import * as schemas from './assistance.schemas.ts';
import * as service from './assistance.service.ts';

export function registerAssistanceRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'assistance', assistancePolicy);
  api.list(schemas.ZAssistanceListQuerySchema, schemas.ZAssistanceListSchema, service.list);
  api.exportXlsx(schemas.ZAssistanceFilterSchema, service.exportXlsx);
  api.get(schemas.ZAssistanceSchema, service.get);
  api.create(schemas.ZAssistanceCreateSchema, schemas.ZAssistanceSchema, service.create);
  api.update(schemas.ZAssistanceUpdateSchema, schemas.ZAssistanceSchema, service.update);
}
