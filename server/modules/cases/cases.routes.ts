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
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
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
  const read = requireRole(...casePolicy.read);
  r.get(
    '/api/categories',
    {
      schema: {
        tags,
        summary: '诉求类别（含停用的）',
        response: { 200: z.object({ items: z.array(ZCaseCategoryAdminSchema) }) },
      },
      onRequest: read,
    },
    () => service.staffCategories(db),
  );
  r.patch(
    '/api/categories/:id',
    {
      schema: {
        tags,
        summary: '修改诉求类别的名称、办理时限和受理时限（工作日）、排序、停用或设为默认类别',
        params: ZIdParamsSchema,
        body: ZCaseCategoryUpdateSchema,
        response: { 200: ZCaseCategoryAdminSchema },
      },
      onRequest: requireRole(...casePolicy.categories),
    },
    (req) => service.updateCategoryOf(contextOf(req, db), req.params.id, req.body),
  );
  r.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: '诉求件列表',
        querystring: ZCaseListQuerySchema,
        response: { 200: listOf(ZCaseSchema) },
      },
      onRequest: read,
    },
    (req) => service.list(contextOf(req, db), req.query),
  );
  r.get(
    '/api/cases/export',
    {
      schema: {
        tags,
        summary: '按当前筛选导出问题销号台账 Excel',
        querystring: ZCaseExportQuerySchema,
      },
      onRequest: read,
    },
    async (req, reply) =>
      sendXlsx(reply, '问题销号台账.xlsx', await service.exportXlsx(contextOf(req, db), req.query)),
  );
  r.post(
    '/api/cases',
    {
      schema: {
        tags,
        summary: '代群众登记诉求（热线、信函、意见箱、下访听诉等）',
        body: ZCaseCreateSchema,
        response: { 201: ZCaseDetailSchema },
      },
      onRequest: requireRole(...casePolicy.create),
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(contextOf(req, db), req.body)),
  );
  r.get(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: '诉求件详情',
        params: ZIdParamsSchema,
        response: { 200: ZCaseDetailSchema },
      },
      onRequest: read,
    },
    (req) => service.get(contextOf(req, db), req.params.id),
  );
  r.get(
    '/api/cases/:id/contact',
    {
      schema: {
        tags,
        summary:
          '显示诉求人完整联系方式（限管理员、活动办、单位管理员及承办干部本人，记入审计日志）',
        params: ZIdParamsSchema,
        response: { 200: ZCaseContactSchema },
      },
      onRequest: requireRole(...casePolicy.revealContact),
    },
    (req) => service.revealContact(contextOf(req, db), req.params.id),
  );
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
