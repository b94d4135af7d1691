import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { apiText } from '../../platform/i18n/zh-CN.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { learningPolicy } from './learning.policy.ts';
import * as schemas from './learning.schemas.ts';
import * as service from './learning.service.ts';

export function registerLearningRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'learning/participation', learningPolicy, {
    tag: 'learning',
  });
  api.list(schemas.ZParticipationQuerySchema, schemas.ZParticipationSchema, service.participation);
  api.exportXlsx(schemas.ZParticipationFilterSchema, service.exportXlsx);
  api.r.get(
    '/api/learning/units',
    {
      schema: {
        tags: ['learning'],
        summary: apiText['learning/participation'].summary.units,
        querystring: schemas.ZUnitParticipationQuerySchema,
        response: { 200: schemas.ZUnitParticipationSchema },
      },
      onRequest: api.read,
    },
    (req) => service.units(api.ctx(req), req.query),
  );
}
