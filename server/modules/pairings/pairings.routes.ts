import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import { pairingPolicy } from './pairings.policy.ts';
import {
  ZPairingCreatedSchema,
  ZPairingCreateSchema,
  ZPairingEndSchema,
  ZPairingExportQuerySchema,
  ZPairingListQuerySchema,
  ZPairingListSchema,
  ZPairingOverviewQuerySchema,
  ZPairingOverviewSchema,
  ZPairingSchema,
} from './pairings.schemas.ts';
import * as service from './pairings.service.ts';

const tags = ['pairings'];

export function registerPairingRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireRole(...pairingPolicy.read);
  const write = requireRole(...pairingPolicy.write);

  r.get(
    '/api/pairings',
    {
      schema: {
        tags,
        summary: '结对列表（进行中在前，含历史）',
        querystring: ZPairingListQuerySchema,
        response: { 200: ZPairingListSchema },
      },
      onRequest: read,
    },
    (req) => service.list(contextOf(req, db), req.query),
  );
  r.get(
    '/api/pairings/export',
    {
      schema: { tags, summary: '按当前筛选导出结对 Excel', querystring: ZPairingExportQuerySchema },
      onRequest: read,
    },
    async (req, reply) =>
      sendXlsx(reply, '结对.xlsx', await service.exportXlsx(contextOf(req, db), req.query)),
  );
  r.get(
    '/api/pairings/overview',
    {
      schema: {
        tags,
        summary: '结对概况：县级、科级干部的结对户数与指标范围、是否含贫困户',
        querystring: ZPairingOverviewQuerySchema,
        response: { 200: ZPairingOverviewSchema },
      },
      onRequest: read,
    },
    (req) => service.overview(contextOf(req, db), req.query),
  );
  r.post(
    '/api/pairings',
    {
      schema: {
        tags,
        summary: '干部与一户或多户结对',
        body: ZPairingCreateSchema,
        response: { 201: ZPairingCreatedSchema },
      },
      onRequest: write,
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(contextOf(req, db), req.body)),
  );
  r.post(
    '/api/pairings/:id/end',
    {
      schema: {
        tags,
        summary: '结束结对（保留历史）',
        params: ZIdParamsSchema,
        body: ZPairingEndSchema,
        response: { 200: ZPairingSchema },
      },
      onRequest: write,
    },
    (req) => service.end(contextOf(req, db), req.params.id, req.body),
  );
}
