import type { FastifyInstance } from 'fastify';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { requireRole } from '../../platform/auth/plugin.ts';
import { apiText } from '../../platform/i18n/zh-CN.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { sixOnesPolicy } from './six-ones.policy.ts';
import * as schemas from './six-ones.schemas.ts';
import * as service from './six-ones.service.ts';

export function registerSixOnesRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const { read, remind, write } = sixOnesPolicy;
  const api = resourceRoutes(app, db, 'six-ones', { read, write: remind });
  api.list(schemas.ZSixOnesBoardQuerySchema, schemas.ZSixOnesBoardSchema, service.board);
  api.exportXlsx(schemas.ZSixOnesFilterSchema, service.exportXlsx);
  api.command(
    'reminders',
    schemas.ZSixOnesReminderSchema,
    schemas.ZSixOnesReminderResultSchema,
    service.sendReminders,
  );

  // the six of one cadre, and a campaign's rules: under the cadre's and the campaign's paths
  const tags = ['six-ones'];
  const summary = apiText['six-ones'].summary;
  api.r.get(
    '/api/cadres/:id/six-ones',
    {
      schema: {
        tags,
        summary: summary.cadre,
        params: ZIdParamsSchema,
        querystring: schemas.ZSixOnesCadreQuerySchema,
        response: { 200: schemas.ZCadreSixOnesSchema },
      },
      onRequest: api.read,
    },
    (req) => service.ofCadre(api.ctx(req), req.params.id, req.query),
  );
  api.r.get(
    '/api/campaigns/:id/six-ones',
    {
      schema: {
        tags,
        summary: summary.settings,
        params: ZIdParamsSchema,
        response: { 200: schemas.ZSixOnesSettingsSchema },
      },
      onRequest: api.read,
    },
    (req) => service.getSettings(api.ctx(req), req.params.id),
  );
  api.r.put(
    '/api/campaigns/:id/six-ones',
    {
      schema: {
        tags,
        summary: summary['settings.put'],
        params: ZIdParamsSchema,
        body: schemas.ZSixOnesSettingsSchema,
        response: { 200: schemas.ZSixOnesSettingsSchema },
      },
      onRequest: requireRole(...write),
    },
    (req) => service.putSettings(api.ctx(req), req.params.id, req.body),
  );
}
