import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { requireRole } from '../../platform/auth/plugin.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { authPolicy } from '../auth/auth.policy.ts';
import { userPolicy } from './users.policy.ts';
import * as schemas from './users.schemas.ts';
import * as service from './users.service.ts';

export function registerUserRoutes(
  app: FastifyInstance,
  { db, config }: { db: Db; config: Config },
): void {
  const api = resourceRoutes(app, db, 'users', {
    read: userPolicy.manage,
    write: userPolicy.manage,
  });
  const { ZUserListQuerySchema: listQuery } = schemas;
  api.list(listQuery, schemas.ZUserListSchema, service.list);
  api.exportXlsx(listQuery.omit({ page: true, pageSize: true }), service.exportXlsx);
  api.get(schemas.ZUserSchema, service.get);
  api.create(schemas.ZUserCreateSchema, schemas.ZUserSchema, service.create);
  api.update(schemas.ZUserUpdateSchema, schemas.ZUserSchema, service.update);
  api.r.post(
    '/api/auth/password',
    {
      schema: { tags: ['auth'], summary: '修改自己的密码', body: schemas.ZPasswordChangeSchema },
      onRequest: requireRole(...authPolicy.write),
    },
    async (req, reply) => {
      await service.changeOwnPassword(api.ctx(req), config, req.sessionId ?? '', req.body);
      return reply.status(204).send();
    },
  );
}
