import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.ts';
import { requireRole } from '../../platform/auth/plugin.ts';
import { apiText } from '../../platform/i18n/zh-CN.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { materialPolicy } from './materials.policy.ts';
import * as schemas from './materials.schemas.ts';
import * as service from './materials.service.ts';

export function registerMaterialRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const { read, write, receipt, view } = materialPolicy;
  const api = resourceRoutes(app, db, 'materials', { read, write });
  api.list(schemas.ZMaterialListQuerySchema, schemas.ZMaterialListSchema, service.list);
  api.exportXlsx(schemas.ZMaterialFilterSchema, service.exportXlsx);
  api.command(
    'reminders',
    schemas.ZMaterialReminderSchema,
    schemas.ZMaterialReminderResultSchema,
    service.sendReminders,
  );
  api.get(schemas.ZMaterialSchema, service.get);
  api.create(schemas.ZMaterialCreateSchema, schemas.ZMaterialSchema, service.create);
  api.update(schemas.ZMaterialUpdateSchema, schemas.ZMaterialSchema, service.update);
  api.remove(service.remove);

  const sendings = api.children('distributions', schemas.ZDistributionParamsSchema);
  sendings.list(
    schemas.ZDistributionListQuerySchema,
    schemas.ZDistributionListSchema,
    service.distributions,
  );
  sendings.create(schemas.ZMaterialSendSchema, schemas.ZDistributionListSchema, service.send);
  sendings.remove(service.removeDistribution);

  // 签收: the receiving unit's admin (or the office for it), a right of its own
  api.r.post(
    '/api/materials/:id/distributions/:childId/receipt',
    {
      schema: {
        tags: ['materials'],
        summary: apiText.materials.summary.receipt,
        params: schemas.ZDistributionParamsSchema,
        body: schemas.ZMaterialReceiptSchema,
        response: { 200: schemas.ZMaterialDistributionSchema },
      },
      onRequest: requireRole(...receipt),
    },
    (req) => service.receipt(api.ctx(req), req.params.id, req.params.childId, req.body),
  );
  // 标记已学: a cadre's own mark
  api.as({ write: view }).action('views', null, schemas.ZMaterialViewSchema, service.recordView);
}
