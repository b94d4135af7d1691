import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { ALL_ROLES } from '../../platform/access.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import { userPolicy } from './users.policy.ts';
import {
  ZPasswordChangeSchema,
  ZUserCreateSchema,
  ZUserListQuerySchema,
  ZUserListSchema,
  ZUserSchema,
  ZUserUpdateSchema,
} from './users.schemas.ts';
import * as service from './users.service.ts';

const tags = ['users'];

export function registerUserRoutes(
  app: FastifyInstance,
  { db, config }: { db: Db; config: Config },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manage = requireRole(...userPolicy.manage);

  r.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: '账号列表',
        querystring: ZUserListQuerySchema,
        response: { 200: ZUserListSchema },
      },
      onRequest: manage,
    },
    (req) => service.list(contextOf(req, db), req.query),
  );
  r.get(
    '/api/users/export',
    {
      schema: {
        tags,
        summary: '按当前筛选导出账号 Excel',
        querystring: ZUserListQuerySchema.omit({ page: true, pageSize: true }),
      },
      onRequest: manage,
    },
    async (req, reply) =>
      sendXlsx(reply, '账号.xlsx', await service.exportXlsx(contextOf(req, db), req.query)),
  );
  r.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: '账号详情',
        params: ZIdParamsSchema,
        response: { 200: ZUserSchema },
      },
      onRequest: manage,
    },
    (req) => service.get(contextOf(req, db), req.params.id),
  );
  r.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: '新增账号',
        body: ZUserCreateSchema,
        response: { 201: ZUserSchema },
      },
      onRequest: manage,
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(contextOf(req, db), req.body)),
  );
  r.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: '修改账号、重置密码、停用/启用、解除锁定',
        params: ZIdParamsSchema,
        body: ZUserUpdateSchema,
        response: { 200: ZUserSchema },
      },
      onRequest: manage,
    },
    (req) => service.update(contextOf(req, db), req.params.id, req.body),
  );
  r.post(
    '/api/auth/password',
    {
      schema: { tags: ['auth'], summary: '修改自己的密码', body: ZPasswordChangeSchema },
      onRequest: requireRole(...ALL_ROLES),
    },
    async (req, reply) => {
      await service.changeOwnPassword(contextOf(req, db), config, req.sessionId ?? '', req.body);
      return reply.status(204).send();
    },
  );
}
