import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import { visitPolicy } from './visits.policy.ts';
import {
  ZVisitCreateSchema,
  ZVisitFilterSchema,
  ZVisitListQuerySchema,
  ZVisitListSchema,
  ZVisitSchema,
  ZVisitUpdateSchema,
} from './visits.schemas.ts';
import * as service from './visits.service.ts';

const tags = ['visits'];

export function registerVisitRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireRole(...visitPolicy.read);
  const write = requireRole(...visitPolicy.write);

  r.get(
    '/api/visits',
    {
      schema: {
        tags,
        summary: '走访记录',
        querystring: ZVisitListQuerySchema,
        response: { 200: ZVisitListSchema },
      },
      onRequest: read,
    },
    (req) => service.list(contextOf(req, db), req.query),
  );
  r.get(
    '/api/visits/export',
    {
      schema: { tags, summary: '按当前筛选导出走访记录 Excel', querystring: ZVisitFilterSchema },
      onRequest: read,
    },
    async (req, reply) =>
      sendXlsx(reply, '走访记录.xlsx', await service.exportXlsx(contextOf(req, db), req.query)),
  );
  r.get(
    '/api/visits/:id',
    {
      schema: {
        tags,
        summary: '走访记录详情',
        params: ZIdParamsSchema,
        response: { 200: ZVisitSchema },
      },
      onRequest: read,
    },
    (req) => service.get(contextOf(req, db), req.params.id),
  );
  r.post(
    '/api/visits',
    {
      schema: {
        tags,
        summary: '登记走访（带 clientId 的重复提交返回已保存的记录，状态 200）',
        body: ZVisitCreateSchema,
        response: { 200: ZVisitSchema, 201: ZVisitSchema },
      },
      onRequest: write,
    },
    async (req, reply) => {
      const { visit, created } = await service.create(contextOf(req, db), req.body);
      return reply.status(created ? 201 : 200).send(visit);
    },
  );
  r.patch(
    '/api/visits/:id',
    {
      schema: {
        tags,
        summary: '修改走访记录',
        params: ZIdParamsSchema,
        body: ZVisitUpdateSchema,
        response: { 200: ZVisitSchema },
      },
      onRequest: write,
    },
    (req) => service.update(contextOf(req, db), req.params.id, req.body),
  );
  r.delete(
    '/api/visits/:id',
    { schema: { tags, summary: '删除走访记录', params: ZIdParamsSchema }, onRequest: write },
    async (req, reply) => {
      await service.remove(contextOf(req, db), req.params.id);
      return reply.status(204).send();
    },
  );
}
