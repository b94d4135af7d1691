import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import { readUploadedFileNamed } from '../../platform/upload.ts';
import { householdPolicy } from './households.policy.ts';
import {
  ZHouseholdCreateSchema,
  ZHouseholdFilterSchema,
  ZHouseholdGetQuerySchema,
  ZHouseholdListQuerySchema,
  ZHouseholdListSchema,
  ZHouseholdSchema,
  ZHouseholdUpdateSchema,
} from './households.schemas.ts';
import * as service from './households.service.ts';

const tags = ['households'];

export function registerHouseholdRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireRole(...householdPolicy.read);
  const write = requireRole(...householdPolicy.write);

  r.get(
    '/api/households',
    {
      schema: {
        tags,
        summary: '住户列表（身份证号、电话已脱敏）',
        querystring: ZHouseholdListQuerySchema,
        response: { 200: ZHouseholdListSchema },
      },
      onRequest: read,
    },
    (req) => service.list(contextOf(req, db), req.query),
  );
  r.get(
    '/api/households/export',
    {
      schema: {
        tags,
        summary: '按当前筛选导出住户 Excel（身份证号、电话已脱敏）',
        querystring: ZHouseholdFilterSchema,
      },
      onRequest: read,
    },
    async (req, reply) =>
      sendXlsx(reply, '住户名单.xlsx', await service.exportXlsx(contextOf(req, db), req.query)),
  );
  r.get(
    '/api/households/import-template',
    { schema: { tags, summary: '住户导入模板' }, onRequest: write },
    async (req, reply) =>
      sendXlsx(reply, '住户导入模板.xlsx', await service.importTemplate(contextOf(req, db))),
  );
  r.post(
    '/api/households/import',
    {
      schema: {
        tags,
        summary: '导入住户（全部成功或全部不导入）',
        consumes: ['multipart/form-data'],
      },
      onRequest: write,
    },
    async (req) => service.importXlsx(contextOf(req, db), await readUploadedFileNamed(req)),
  );
  r.get(
    '/api/households/:id',
    {
      schema: {
        tags,
        summary:
          '住户详情；reveal=true 返回完整身份证号和电话（限单位管理员、活动办、管理员，记入审计日志）',
        params: ZIdParamsSchema,
        querystring: ZHouseholdGetQuerySchema,
        response: { 200: ZHouseholdSchema },
      },
      onRequest: read,
    },
    (req) => service.get(contextOf(req, db), req.params.id, req.query.reveal === true),
  );
  r.post(
    '/api/households',
    {
      schema: {
        tags,
        summary: '新增住户',
        body: ZHouseholdCreateSchema,
        response: { 201: ZHouseholdSchema },
      },
      onRequest: write,
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(contextOf(req, db), req.body)),
  );
  r.patch(
    '/api/households/:id',
    {
      schema: {
        tags,
        summary: '修改、停用（并结束其结对）或启用住户',
        params: ZIdParamsSchema,
        body: ZHouseholdUpdateSchema,
        response: { 200: ZHouseholdSchema },
      },
      onRequest: write,
    },
    (req) => service.update(contextOf(req, db), req.params.id, req.body),
  );
}
