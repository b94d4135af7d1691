import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { visitPolicy } from './visits.policy.ts';
import * as schemas from './visits.schemas.ts';
import * as service from './visits.service.ts';

export function registerVisitRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, {
    path: '/api/visits',
    tags: ['visits'],
    policy: visitPolicy,
    files: { export: '走访记录.xlsx' },
    summary: {
      list: '走访记录',
      export: '按当前筛选导出走访记录 Excel',
      get: '走访记录详情',
      update: '修改走访记录',
      remove: '删除走访记录',
    },
  });
  api.list(schemas.ZVisitListQuerySchema, schemas.ZVisitListSchema, service.list);
  api.exportXlsx(schemas.ZVisitFilterSchema, service.exportXlsx);
  api.get(schemas.ZVisitSchema, service.get);
  // a phone's retry of an upload it already made gets what is stored, with 200 instead of 201
  api.r.post(
    '/api/visits',
    {
      schema: {
        tags: ['visits'],
        summary: '登记走访（带 clientId 的重复提交返回已保存的记录，状态 200）',
        body: schemas.ZVisitCreateSchema,
        response: { 200: schemas.ZVisitSchema, 201: schemas.ZVisitSchema },
      },
      onRequest: api.write,
    },
    async (req, reply) => {
      const { visit, created } = await service.create(api.ctx(req), req.body);
      return reply.status(created ? 201 : 200).send(visit);
    },
  );
  api.update(schemas.ZVisitUpdateSchema, schemas.ZVisitSchema, service.update);
  api.remove(service.remove);
}
