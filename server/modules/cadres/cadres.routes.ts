import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { cadrePolicy } from './cadres.policy.ts';
import * as schemas from './cadres.schemas.ts';
import * as service from './cadres.service.ts';

export function registerCadreRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, {
    path: '/api/cadres',
    tags: ['cadres'],
    policy: cadrePolicy,
    files: { export: '干部名单.xlsx', template: '干部导入模板.xlsx' },
    summary: {
      list: '干部列表（领导干部在前）',
      export: '按当前筛选导出干部 Excel',
      template: '干部导入模板',
      import: '导入干部（全部成功或全部不导入）',
      get: '干部详情',
      create: '新增干部',
      update: '修改、停用或启用干部',
    },
  });
  api.list(schemas.ZCadreListQuerySchema, schemas.ZCadreListSchema, service.list);
  api.exportXlsx(schemas.ZCadreFilterSchema, service.exportXlsx);
  api.importXlsx(service.importTemplate, service.importXlsx);
  api.get(schemas.ZCadreSchema, service.get);
  api.create(schemas.ZCadreCreateSchema, schemas.ZCadreSchema, service.create);
  api.update(schemas.ZCadreUpdateSchema, schemas.ZCadreSchema, service.update);
}
