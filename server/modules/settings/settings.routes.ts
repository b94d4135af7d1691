import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZSettingListSchema,
  ZSettingParamsSchema,
  ZSettingPutSchema,
  ZSettingSchema,
} from '../../../common/settings.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { settingPolicy } from './settings.policy.ts';
import * as service from './settings.service.ts';

const tags = ['settings'];

export function registerSettingRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/settings',
    {
      schema: {
        tags,
        summary: '系统设置：全部设置项及当前值、最近修改人',
        response: { 200: ZSettingListSchema },
      },
      onRequest: requireRole(...settingPolicy.read),
    },
    (req) => service.list(contextOf(req, db)),
  );
  r.put(
    '/api/settings/:key',
    {
      schema: {
        tags,
        summary: '修改一项系统设置（按该项的取值范围校验，记入审计）',
        params: ZSettingParamsSchema,
        body: ZSettingPutSchema,
        response: { 200: ZSettingSchema },
      },
      onRequest: requireRole(...settingPolicy.write),
    },
    (req) => service.put(contextOf(req, db), req.params.key, req.body.value),
  );
}
