import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { contactPointPolicy } from './contact-points.policy.ts';
import * as schemas from './contact-points.schemas.ts';
import * as service from './contact-points.service.ts';

export function registerContactPointRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'contact-points', contactPointPolicy);
  api.list(schemas.ZContactPointListQuerySchema, schemas.ZContactPointListSchema, service.list);
  api.exportXlsx(schemas.ZContactPointFilterSchema, service.exportXlsx);
  api.get(schemas.ZContactPointSchema, service.get);
  api.create(schemas.ZContactPointCreateSchema, schemas.ZContactPointSchema, service.create);
  api.update(schemas.ZContactPointUpdateSchema, schemas.ZContactPointSchema, service.update);
  api.remove(service.remove);
}
