import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { assistancePolicy } from './assistance.policy.ts';
import * as schemas from './assistance.schemas.ts';
import * as service from './assistance.service.ts';

export function registerAssistanceRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, {
    path: '/api/assistance',
    tags: ['assistance'],
    policy: assistancePolicy,
    files: { export: '帮扶记录.xlsx' },
    summary: {
      list: '帮扶记录列表（日期新的在前）',
      export: '按当前筛选导出帮扶记录 Excel',
      get: '帮扶记录详情',
      create: '登记帮扶（干部登记本人的；单位管理员为本单位干部登记）',
      update: '修改帮扶记录',
    },
  });
  api.list(schemas.ZAssistanceListQuerySchema, schemas.ZAssistanceListSchema, service.list);
  api.exportXlsx(schemas.ZAssistanceFilterSchema, service.exportXlsx);
  api.get(schemas.ZAssistanceSchema, service.get);
  api.create(schemas.ZAssistanceCreateSchema, schemas.ZAssistanceSchema, service.create);
  api.update(schemas.ZAssistanceUpdateSchema, schemas.ZAssistanceSchema, service.update);
}
