import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import { assistancePolicy } from './assistance.policy.ts';
import {
  ZAssistanceCreateSchema,
  ZAssistanceFilterSchema,
  ZAssistanceListQuerySchema,
  ZAssistanceListSchema,
  ZAssistanceSchema,
  ZAssistanceUpdateSchema,
} from './assistance.schemas.ts';
import * as service from './assistance.service.ts';

const tags = ['assistance'];

export function registerAssistanceRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireRole(...assistancePolicy.read);
  const write = requireRole(...assistancePolicy.write);

  r.get(
    '/api/assistance',
    {
      schema: {
        tags,
        summary: '帮扶记录列表（日期新的在前）',
        querystring: ZAssistanceListQuerySchema,
        response: { 200: ZAssistanceListSchema },
      },
      onRequest: read,
    },
    (req) => service.list(contextOf(req, db), req.query),
  );
  r.get(
    '/api/assistance/export',
    {
      schema: {
        tags,
        summary: '按当前筛选导出帮扶记录 Excel',
        querystring: ZAssistanceFilterSchema,
      },
      onRequest: read,
    },
    async (req, reply) =>
      sendXlsx(reply, '帮扶记录.xlsx', await service.exportXlsx(contextOf(req, db), req.query)),
  );
  r.get(
    '/api/assistance/:id',
    {
      schema: {
        tags,
        summary: '帮扶记录详情',
        params: ZIdParamsSchema,
        response: { 200: ZAssistanceSchema },
      },
      onRequest: read,
    },
    (req) => service.get(contextOf(req, db), req.params.id),
  );
  r.post(
    '/api/assistance',
    {
      schema: {
        tags,
        summary: '登记帮扶（干部登记本人的；单位管理员为本单位干部登记）',
        body: ZAssistanceCreateSchema,
        response: { 201: ZAssistanceSchema },
      },
      onRequest: write,
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(contextOf(req, db), req.body)),
  );
  r.patch(
    '/api/assistance/:id',
    {
      schema: {
        tags,
        summary: '修改帮扶记录',
        params: ZIdParamsSchema,
        body: ZAssistanceUpdateSchema,
        response: { 200: ZAssistanceSchema },
      },
      onRequest: write,
    },
    (req) => service.update(contextOf(req, db), req.params.id, req.body),
  );
}
