import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { contactPointPolicy } from './contact-points.policy.ts';
import * as schemas from './contact-points.schemas.ts';
import * as service from './contact-points.service.ts';

export function registerContactPointRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, {
    path: '/api/contact-points',
    tags: ['contact-points'],
    policy: contactPointPolicy,
    files: { export: '基层联系点.xlsx' },
    summary: {
      list: '基层联系点列表',
      export: '按当前筛选导出基层联系点 Excel',
      get: '联系点详情',
      create: '新增联系点',
      update: '修改联系点',
      remove: '删除联系点',
    },
  });
  api.list(schemas.ZContactPointListQuerySchema, schemas.ZContactPointListSchema, service.list);
  api.exportXlsx(schemas.ZContactPointFilterSchema, service.exportXlsx);
  api.get(schemas.ZContactPointSchema, service.get);
  api.create(schemas.ZContactPointCreateSchema, schemas.ZContactPointSchema, service.create);
  api.update(schemas.ZContactPointUpdateSchema, schemas.ZContactPointSchema, service.update);
  api.remove(service.remove);
}
