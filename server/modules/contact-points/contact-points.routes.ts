import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import { contactPointPolicy } from './contact-points.policy.ts';
import {
  ZContactPointCreateSchema,
  ZContactPointFilterSchema,
  ZContactPointListQuerySchema,
  ZContactPointListSchema,
  ZContactPointSchema,
  ZContactPointUpdateSchema,
} from './contact-points.schemas.ts';
import * as service from './contact-points.service.ts';

const tags = ['contact-points'];

export function registerContactPointRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireRole(...contactPointPolicy.read);
  const write = requireRole(...contactPointPolicy.write);

  r.get(
    '/api/contact-points',
    {
      schema: {
        tags,
        summary: '基层联系点列表',
        querystring: ZContactPointListQuerySchema,
        response: { 200: ZContactPointListSchema },
      },
      onRequest: read,
    },
    (req) => service.list(contextOf(req, db), req.query),
  );
  r.get(
    '/api/contact-points/export',
    {
      schema: {
        tags,
        summary: '按当前筛选导出基层联系点 Excel',
        querystring: ZContactPointFilterSchema,
      },
      onRequest: read,
    },
    async (req, reply) =>
      sendXlsx(reply, '基层联系点.xlsx', await service.exportXlsx(contextOf(req, db), req.query)),
  );
  r.get(
    '/api/contact-points/:id',
    {
      schema: {
        tags,
        summary: '联系点详情',
        params: ZIdParamsSchema,
        response: { 200: ZContactPointSchema },
      },
      onRequest: read,
    },
    (req) => service.get(contextOf(req, db), req.params.id),
  );
  r.post(
    '/api/contact-points',
    {
      schema: {
        tags,
        summary: '新增联系点',
        body: ZContactPointCreateSchema,
        response: { 201: ZContactPointSchema },
      },
      onRequest: write,
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(contextOf(req, db), req.body)),
  );
  r.patch(
    '/api/contact-points/:id',
    {
      schema: {
        tags,
        summary: '修改联系点',
        params: ZIdParamsSchema,
        body: ZContactPointUpdateSchema,
        response: { 200: ZContactPointSchema },
      },
      onRequest: write,
    },
    (req) => service.update(contextOf(req, db), req.params.id, req.body),
  );
  r.delete(
    '/api/contact-points/:id',
    { schema: { tags, summary: '删除联系点', params: ZIdParamsSchema }, onRequest: write },
    async (req, reply) => {
      await service.remove(contextOf(req, db), req.params.id);
      return reply.status(204).send();
    },
  );
}
