import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZHolidayListQuerySchema,
  ZHolidayListSchema,
  ZHolidayParamsSchema,
  ZHolidayPutSchema,
  ZHolidaySchema,
} from '../../../common/holidays.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { holidayPolicy } from './holidays.policy.ts';
import * as service from './holidays.service.ts';

const tags = ['holidays'];

export function registerHolidayRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireRole(...holidayPolicy.read);
  const write = requireRole(...holidayPolicy.write);

  r.get(
    '/api/holidays',
    {
      schema: {
        tags,
        summary: '节假日与调休（一年）',
        querystring: ZHolidayListQuerySchema,
        response: { 200: ZHolidayListSchema },
      },
      onRequest: read,
    },
    (req) => service.listYear(contextOf(req, db), req.query.year),
  );
  r.put(
    '/api/holidays/:date',
    {
      schema: {
        tags,
        summary: '设置某日为节假日或调休上班日',
        params: ZHolidayParamsSchema,
        body: ZHolidayPutSchema,
        response: { 200: ZHolidaySchema },
      },
      onRequest: write,
    },
    (req) => service.put(contextOf(req, db), req.params.date, req.body),
  );
  r.delete(
    '/api/holidays/:date',
    {
      schema: { tags, summary: '删除节假日设置', params: ZHolidayParamsSchema },
      onRequest: write,
    },
    async (req, reply) => {
      await service.remove(contextOf(req, db), req.params.date);
      return reply.status(204).send();
    },
  );
}
