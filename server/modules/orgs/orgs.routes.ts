import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { orgPolicy } from './orgs.policy.ts';
import * as schemas from './orgs.schemas.ts';
import * as service from './orgs.service.ts';

export function registerOrgRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'orgs', orgPolicy);
  api.list(schemas.ZOrgListQuerySchema, schemas.ZOrgListSchema, (ctx, q) => service.list(ctx, q.q));
  api.exportXlsx(null, service.exportXlsx);
  api.importXlsx(service.importTemplate, service.importXlsx);
  api.get(schemas.ZOrgSchema, service.get);
  api.create(schemas.ZOrgCreateSchema, schemas.ZOrgSchema, service.create);
  api.update(schemas.ZOrgUpdateSchema, schemas.ZOrgSchema, service.update);
  api.remove(service.remove);
}
