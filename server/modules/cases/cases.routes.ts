import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZCaseCategoryAdminSchema,
  ZCaseCategorySchema,
  ZCaseCategoryUpdateSchema,
  ZCaseContactSchema,
  ZCaseCreateSchema,
  ZCaseDetailSchema,
  ZCaseRatingInputSchema,
  ZCaseSchema,
  ZPublicCaseCreatedSchema,
  ZPublicCaseCreateSchema,
  ZPublicCaseSchema,
  ZPublicResolvedSchema,
} from '../../../common/cases.ts';
import { listOf, ZIdParamsSchema, ZPageQuerySchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { registerWorkflowRoutes } from '../../platform/workflow/routes.ts';
import { casePolicy } from './cases.policy.ts';
import type { CaseRow } from './cases.repo.ts';
import {
  ZCaseExportQuerySchema,
  ZCaseListQuerySchema,
  ZPublicCadreSchema,
  ZTrackingParamsSchema,
} from './cases.schemas.ts';
import * as service from './cases.service.ts';
import { caseKind } from './lifecycle.ts';

/** Per address and minute on the public, account-less routes (settings in config.ts). */
export const publicRateLimits = (config: Config) => ({
  writes: { rateLimit: { max: config.publicWritesPerMinute, timeWindow: '1 minute' } },
  reads: { rateLimit: { max: config.publicReadsPerMinute, timeWindow: '1 minute' } },
});

const tags = ['cases'];
const publicTags = ['public'];

export function registerCaseRoutes(
  app: FastifyInstance,
  { db, config }: { db: Db; config: Config },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { writes, reads } = publicRateLimits(config);

  // --- the public site: no account, rate-limited per address ---
  r.get(
    '/api/public/categories',
    {
      schema: {
        tags: publicTags,
        summary: '诉求类别',
        response: { 200: z.object({ items: z.array(ZCaseCategorySchema) }) },
      },
      config: reads,
    },
    () => service.publicCategories(db),
  );
  r.get(
    '/api/public/resolved',
    {
      schema: {
        tags: publicTags,
        summary: '办成实事：已销号并公开的件',
        querystring: ZPageQuerySchema.pick({ page: true, pageSize: true }),
        response: { 200: listOf(ZPublicResolvedSchema) },
      },
      config: reads,
    },
    (req) => service.publicResolved(db, req.query),
  );
  r.get(
    '/api/public/cadres/:id',
    {
      schema: {
        tags: publicTags,
        summary: '写给某位干部：姓名、职务和单位（不含电话）',
        params: ZIdParamsSchema,
        response: { 200: ZPublicCadreSchema },
      },
      config: reads,
    },
    (req) => service.publicCadre(db, req.params.id),
  );
  r.post(
    '/api/public/cases',
    {
      schema: {
        tags: publicTags,
        summary: '群众提交意见或诉求，返回查询码',
        body: ZPublicCaseCreateSchema,
        response: { 200: ZPublicCaseCreatedSchema, 201: ZPublicCaseCreatedSchema },
      },
      config: writes,
    },
    async (req, reply) => {
      // 200: this clientId was sent before — the same case, not a new one
      const { created, result } = await service.createPublic(db, req.ip, req.body);
      return reply.status(created ? 201 : 200).send(result);
    },
  );
  r.get(
    '/api/public/cases/:trackingCode',
    {
      schema: {
        tags: publicTags,
        summary: '凭查询码查看办理进度（不含个人信息）',
        params: ZTrackingParamsSchema,
        response: { 200: ZPublicCaseSchema },
      },
      config: reads,
    },
    (req) => service.publicView(db, req.params.trackingCode),
  );
  r.post(
    '/api/public/cases/:trackingCode/rating',
    {
      schema: {
        tags: publicTags,
        summary: '群众评价办理结果',
        params: ZTrackingParamsSchema,
        body: ZCaseRatingInputSchema,
        response: { 200: ZPublicCaseSchema },
      },
      config: writes,
    },
    (req) => service.rate(db, req.ip, req.params.trackingCode, req.body),
  );

  // --- staff ---
  const { read, create, categories, revealContact } = casePolicy;
  const kinds = resourceRoutes(
    app,
    db,
    'categories',
    { read, write: categories },
    { tag: 'cases' },
  );
  kinds.list(null, z.object({ items: z.array(ZCaseCategoryAdminSchema) }), (ctx) =>
    service.staffCategories(ctx.db),
  );
  kinds.update(ZCaseCategoryUpdateSchema, ZCaseCategoryAdminSchema, service.updateCategoryOf);
  const api = resourceRoutes(app, db, 'cases', { read, write: create });
  api.list(ZCaseListQuerySchema, listOf(ZCaseSchema), service.list);
  api.exportXlsx(ZCaseExportQuerySchema, service.exportXlsx);
  api.create(ZCaseCreateSchema, ZCaseDetailSchema, service.create);
  api.get(ZCaseDetailSchema, service.get);
  api
    .as({ read: revealContact })
    .detail('contact', null, ZCaseContactSchema, service.revealContact);
  // GET /api/cases/{id}/actions, GET and POST /api/cases/{id}/events: the workflow kind's routes
  registerWorkflowRoutes(app, {
    db,
    kind: caseKind,
    prefix: '/api/cases',
    tags,
    policy: casePolicy,
    record: {
      schema: ZCaseDetailSchema,
      view: (ctx, c) => service.get(ctx, caseKind.idOf(c as CaseRow)),
    },
  });
}
