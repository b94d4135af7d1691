import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import { readUploadedFileNamed } from '../../platform/upload.ts';
import { cadrePolicy } from './cadres.policy.ts';
import {
  ZCadreCreateSchema,
  ZCadreFilterSchema,
  ZCadreListQuerySchema,
  ZCadreListSchema,
  ZCadreSchema,
  ZCadreUpdateSchema,
} from './cadres.schemas.ts';
import * as service from './cadres.service.ts';

const tags = ['cadres'];

export function registerCadreRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireRole(...cadrePolicy.read);
  const write = requireRole(...cadrePolicy.write);

  r.get(
    '/api/cadres',
    {
      schema: {
        tags,
        summary: '干部列表（领导干部在前）',
        querystring: ZCadreListQuerySchema,
        response: { 200: ZCadreListSchema },
      },
      onRequest: read,
    },
    (req) => service.list(contextOf(req, db), req.query),
  );
  r.get(
    '/api/cadres/export',
    {
      schema: { tags, summary: '按当前筛选导出干部 Excel', querystring: ZCadreFilterSchema },
      onRequest: read,
    },
    async (req, reply) =>
      sendXlsx(reply, '干部名单.xlsx', await service.exportXlsx(contextOf(req, db), req.query)),
  );
  r.get(
    '/api/cadres/import-template',
    { schema: { tags, summary: '干部导入模板' }, onRequest: write },
    async (req, reply) =>
      sendXlsx(reply, '干部导入模板.xlsx', await service.importTemplate(contextOf(req, db))),
  );
  r.post(
    '/api/cadres/import',
    {
      schema: {
        tags,
        summary: '导入干部（全部成功或全部不导入）',
        consumes: ['multipart/form-data'],
      },
      onRequest: write,
    },
    async (req) => service.importXlsx(contextOf(req, db), await readUploadedFileNamed(req)),
  );
  r.get(
    '/api/cadres/:id',
    {
      schema: {
        tags,
        summary: '干部详情',
        params: ZIdParamsSchema,
        response: { 200: ZCadreSchema },
      },
      onRequest: read,
    },
    (req) => service.get(contextOf(req, db), req.params.id),
  );
  r.post(
    '/api/cadres',
    {
      schema: {
        tags,
        summary: '新增干部',
        body: ZCadreCreateSchema,
        response: { 201: ZCadreSchema },
      },
      onRequest: write,
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(contextOf(req, db), req.body)),
  );
  r.patch(
    '/api/cadres/:id',
    {
      schema: {
        tags,
        summary: '修改、停用或启用干部',
        params: ZIdParamsSchema,
        body: ZCadreUpdateSchema,
        response: { 200: ZCadreSchema },
      },
      onRequest: write,
    },
    (req) => service.update(contextOf(req, db), req.params.id, req.body),
  );
}
