import type { FastifyInstance } from 'fastify';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { householdPolicy } from './households.policy.ts';
import * as schemas from './households.schemas.ts';
import * as service from './households.service.ts';

export function registerHouseholdRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, {
    path: '/api/households',
    tags: ['households'],
    policy: householdPolicy,
    files: { export: '住户名单.xlsx', template: '住户导入模板.xlsx' },
    summary: {
      list: '住户列表（身份证号、电话已脱敏）',
      export: '按当前筛选导出住户 Excel（身份证号、电话已脱敏）',
      template: '住户导入模板',
      import: '导入住户（全部成功或全部不导入）',
      create: '新增住户',
      update: '修改、停用（并结束其结对）或启用住户',
    },
  });
  api.list(schemas.ZHouseholdListQuerySchema, schemas.ZHouseholdListSchema, service.list);
  api.exportXlsx(schemas.ZHouseholdFilterSchema, service.exportXlsx);
  api.importXlsx(service.importTemplate, service.importXlsx);
  // the detail shows full numbers only when asked for (and audited): a query of its own
  api.r.get(
    '/api/households/:id',
    {
      schema: {
        tags: ['households'],
        summary:
          '住户详情；reveal=true 返回完整身份证号和电话（限单位管理员、活动办、管理员，记入审计日志）',
        params: ZIdParamsSchema,
        querystring: schemas.ZHouseholdGetQuerySchema,
        response: { 200: schemas.ZHouseholdSchema },
      },
      onRequest: api.read,
    },
    (req) => service.get(api.ctx(req), req.params.id, req.query.reveal === true),
  );
  api.create(schemas.ZHouseholdCreateSchema, schemas.ZHouseholdSchema, service.create);
  api.update(schemas.ZHouseholdUpdateSchema, schemas.ZHouseholdSchema, service.update);
}
