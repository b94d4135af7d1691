import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import { readUploadedFileNamed } from '../../platform/upload.ts';
import { orgPolicy } from './orgs.policy.ts';
import {
  ZOrgCreateSchema,
  ZOrgListQuerySchema,
  ZOrgListSchema,
  ZOrgSchema,
  ZOrgUpdateSchema,
} from './orgs.schemas.ts';
import * as service from './orgs.service.ts';

const tags = ['orgs'];

export function registerOrgRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireRole(...orgPolicy.read);
  const write = requireRole(...orgPolicy.write);

  r.get(
    '/api/orgs',
    {
      schema: {
        tags,
        summary: '可见的全部单位（平铺，按 parentId 组成树）',
        querystring: ZOrgListQuerySchema,
        response: { 200: ZOrgListSchema },
      },
      onRequest: read,
    },
    (req) => service.list(contextOf(req, db), req.query.q),
  );
  r.get(
    '/api/orgs/export',
    { schema: { tags, summary: '导出单位 Excel' }, onRequest: read },
    async (req, reply) =>
      sendXlsx(reply, '组织机构.xlsx', await service.exportXlsx(contextOf(req, db))),
  );
  r.get(
    '/api/orgs/import-template',
    { schema: { tags, summary: '单位导入模板' }, onRequest: write },
    async (req, reply) =>
      sendXlsx(reply, '单位导入模板.xlsx', await service.importTemplate(contextOf(req, db))),
  );
  r.post(
    '/api/orgs/import',
    {
      schema: {
        tags,
        summary: '导入单位（全部成功或全部不导入）',
        consumes: ['multipart/form-data'],
      },
      onRequest: write,
    },
    async (req) => service.importXlsx(contextOf(req, db), await readUploadedFileNamed(req)),
  );
  r.get(
    '/api/orgs/:id',
    {
      schema: { tags, summary: '单位详情', params: ZIdParamsSchema, response: { 200: ZOrgSchema } },
      onRequest: read,
    },
    (req) => service.get(contextOf(req, db), req.params.id),
  );
  r.post(
    '/api/orgs',
    {
      schema: { tags, summary: '新增单位', body: ZOrgCreateSchema, response: { 201: ZOrgSchema } },
      onRequest: write,
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(contextOf(req, db), req.body)),
  );
  r.patch(
    '/api/orgs/:id',
    {
      schema: {
        tags,
        summary: '修改、重命名或移动单位',
        params: ZIdParamsSchema,
        body: ZOrgUpdateSchema,
        response: { 200: ZOrgSchema },
      },
      onRequest: write,
    },
    (req) => service.update(contextOf(req, db), req.params.id, req.body),
  );
  r.delete(
    '/api/orgs/:id',
    {
      schema: { tags, summary: '删除单位（须无下级单位、干部、联系点）', params: ZIdParamsSchema },
      onRequest: write,
    },
    async (req, reply) => {
      await service.remove(contextOf(req, db), req.params.id);
      return reply.status(204).send();
    },
  );
}
