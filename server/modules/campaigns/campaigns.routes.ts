import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZAssignmentFilterSchema } from '../../../common/campaigns.ts';
import { ZIdParamsSchema, ZPageQuerySchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { sendXlsx } from '../../platform/excel.ts';
import * as assignments from './assignments.service.ts';
import { assignmentPolicy, campaignPolicy, quotaRulePolicy } from './campaigns.policy.ts';
import {
  ZActivityCreateSchema,
  ZActivityListSchema,
  ZActivitySchema,
  ZActivityUpdateSchema,
  ZAssignmentCreateResultSchema,
  ZAssignmentCreateSchema,
  ZAssignmentListQuerySchema,
  ZAssignmentListSchema,
  ZAssignmentSchema,
  ZAssignmentUpdateSchema,
  ZBoardQuerySchema,
  ZBoardSchema,
  ZCampaignChildParamsSchema,
  ZCampaignCopySchema,
  ZCampaignCreateSchema,
  ZCampaignFilterSchema,
  ZCampaignListQuerySchema,
  ZCampaignListSchema,
  ZCampaignSchema,
  ZCampaignUpdateSchema,
  ZPhaseCreateSchema,
  ZPhaseListSchema,
  ZPhaseSchema,
  ZPhaseUpdateSchema,
  ZQuotaRuleCreateSchema,
  ZQuotaRuleListQuerySchema,
  ZQuotaRuleListSchema,
  ZQuotaRuleSchema,
  ZRemindResultSchema,
  ZReportCreateSchema,
  ZReportListSchema,
  ZReportSchema,
} from './campaigns.schemas.ts';
import * as campaigns from './campaigns.service.ts';
import * as quotaRules from './quota-rules.service.ts';

/** Campaigns with phases and activities, assignments with progress reports, quota rules. */
export function registerCampaignRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  registerCampaigns(app, db);
  registerPhasesAndActivities(app, db);
  registerAssignments(app, db);
  registerQuotaRules(app, db);
}

function registerCampaigns(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['campaigns'];
  const read = requireRole(...campaignPolicy.read);
  const write = requireRole(...campaignPolicy.write);

  r.get(
    '/api/campaigns',
    {
      schema: {
        tags,
        summary: '活动列表（按开始日期倒序）',
        querystring: ZCampaignListQuerySchema,
        response: { 200: ZCampaignListSchema },
      },
      onRequest: read,
    },
    (req) => campaigns.list(contextOf(req, db), req.query),
  );
  r.get(
    '/api/campaigns/export',
    {
      schema: { tags, summary: '按当前筛选导出活动 Excel', querystring: ZCampaignFilterSchema },
      onRequest: read,
    },
    async (req, reply) =>
      sendXlsx(reply, '活动管理.xlsx', await campaigns.exportXlsx(contextOf(req, db), req.query)),
  );
  r.post(
    '/api/campaigns',
    {
      schema: {
        tags,
        summary: '新建活动（空白，或 fromTemplate 从内置模板新建）',
        body: ZCampaignCreateSchema,
        response: { 201: ZCampaignSchema },
      },
      onRequest: write,
    },
    async (req, reply) =>
      reply.status(201).send(await campaigns.create(contextOf(req, db), req.body)),
  );
  r.get(
    '/api/campaigns/:id',
    {
      schema: {
        tags,
        summary: '活动详情',
        params: ZIdParamsSchema,
        response: { 200: ZCampaignSchema },
      },
      onRequest: read,
    },
    (req) => campaigns.get(contextOf(req, db), req.params.id),
  );
  r.patch(
    '/api/campaigns/:id',
    {
      schema: {
        tags,
        summary: '修改活动（名称、说明、日期、状态、月末提醒天数）',
        params: ZIdParamsSchema,
        body: ZCampaignUpdateSchema,
        response: { 200: ZCampaignSchema },
      },
      onRequest: write,
    },
    (req) => campaigns.update(contextOf(req, db), req.params.id, req.body),
  );
  r.post(
    '/api/campaigns/:id/copy',
    {
      schema: {
        tags,
        summary: '复制活动到新的年份（或平移天数）：阶段、活动项目和最新指标规则',
        params: ZIdParamsSchema,
        body: ZCampaignCopySchema,
        response: { 201: ZCampaignSchema },
      },
      onRequest: write,
    },
    async (req, reply) =>
      reply.status(201).send(await campaigns.copy(contextOf(req, db), req.params.id, req.body)),
  );
  r.get(
    '/api/campaigns/:id/board',
    {
      schema: {
        tags,
        summary: '进度看板：活动项目 × 单位（leadingOnly 只看有领导干部的单位）',
        params: ZIdParamsSchema,
        querystring: ZBoardQuerySchema,
        response: { 200: ZBoardSchema },
      },
      onRequest: requireRole(...assignmentPolicy.read),
    },
    (req) => assignments.board(contextOf(req, db), req.params.id, req.query),
  );
}

function registerPhasesAndActivities(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['campaigns'];
  const read = requireRole(...campaignPolicy.read);
  const write = requireRole(...campaignPolicy.write);

  r.get(
    '/api/campaigns/:id/phases',
    {
      schema: {
        tags,
        summary: '活动的阶段',
        params: ZIdParamsSchema,
        response: { 200: ZPhaseListSchema },
      },
      onRequest: read,
    },
    (req) => campaigns.listPhases(contextOf(req, db), req.params.id),
  );
  r.post(
    '/api/campaigns/:id/phases',
    {
      schema: {
        tags,
        summary: '新增阶段（日期须在活动起止日期之内）',
        params: ZIdParamsSchema,
        body: ZPhaseCreateSchema,
        response: { 201: ZPhaseSchema },
      },
      onRequest: write,
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await campaigns.createPhase(contextOf(req, db), req.params.id, req.body)),
  );
  r.patch(
    '/api/campaigns/:id/phases/:childId',
    {
      schema: {
        tags,
        summary: '修改阶段',
        params: ZCampaignChildParamsSchema,
        body: ZPhaseUpdateSchema,
        response: { 200: ZPhaseSchema },
      },
      onRequest: write,
    },
    (req) => campaigns.updatePhase(contextOf(req, db), req.params.id, req.params.childId, req.body),
  );
  r.delete(
    '/api/campaigns/:id/phases/:childId',
    {
      schema: { tags, summary: '删除阶段（其下无活动项目时）', params: ZCampaignChildParamsSchema },
      onRequest: write,
    },
    async (req, reply) => {
      await campaigns.deletePhase(contextOf(req, db), req.params.id, req.params.childId);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/campaigns/:id/activities',
    {
      schema: {
        tags,
        summary: '活动项目（按序号）',
        params: ZIdParamsSchema,
        response: { 200: ZActivityListSchema },
      },
      onRequest: read,
    },
    (req) => campaigns.listActivities(contextOf(req, db), req.params.id),
  );
  r.post(
    '/api/campaigns/:id/activities',
    {
      schema: {
        tags,
        summary: '新增活动项目',
        params: ZIdParamsSchema,
        body: ZActivityCreateSchema,
        response: { 201: ZActivitySchema },
      },
      onRequest: write,
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await campaigns.createActivity(contextOf(req, db), req.params.id, req.body)),
  );
  r.patch(
    '/api/campaigns/:id/activities/:childId',
    {
      schema: {
        tags,
        summary: '修改活动项目',
        params: ZCampaignChildParamsSchema,
        body: ZActivityUpdateSchema,
        response: { 200: ZActivitySchema },
      },
      onRequest: write,
    },
    (req) =>
      campaigns.updateActivity(contextOf(req, db), req.params.id, req.params.childId, req.body),
  );
  r.delete(
    '/api/campaigns/:id/activities/:childId',
    {
      schema: {
        tags,
        summary: '删除活动项目（尚未分解到单位时）',
        params: ZCampaignChildParamsSchema,
      },
      onRequest: write,
    },
    async (req, reply) => {
      await campaigns.deleteActivity(contextOf(req, db), req.params.id, req.params.childId);
      return reply.status(204).send();
    },
  );
}

function registerAssignments(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['assignments'];
  const read = requireRole(...assignmentPolicy.read);
  const assign = requireRole(...assignmentPolicy.assign);

  r.get(
    '/api/assignments',
    {
      schema: {
        tags,
        summary: '任务分解列表（本人管辖范围内的单位；overdue=true 只看逾期）',
        querystring: ZAssignmentListQuerySchema,
        response: { 200: ZAssignmentListSchema },
      },
      onRequest: read,
    },
    (req) => assignments.list(contextOf(req, db), req.query),
  );
  r.get(
    '/api/assignments/export',
    {
      schema: {
        tags,
        summary: '按当前筛选导出任务分解 Excel',
        querystring: ZAssignmentFilterSchema,
      },
      onRequest: read,
    },
    async (req, reply) =>
      sendXlsx(reply, '任务分解.xlsx', await assignments.exportXlsx(contextOf(req, db), req.query)),
  );
  r.post(
    '/api/assignments',
    {
      schema: {
        tags,
        summary: '把活动项目分解到一个或多个单位，并设截止日期',
        body: ZAssignmentCreateSchema,
        response: { 201: ZAssignmentCreateResultSchema },
      },
      onRequest: assign,
    },
    async (req, reply) =>
      reply.status(201).send(await assignments.assign(contextOf(req, db), req.body)),
  );
  r.post(
    '/api/assignments/remind-overdue',
    {
      schema: {
        tags,
        summary: '提醒逾期任务（每个逾期任务只提醒一次单位管理员和活动办）',
        response: { 200: ZRemindResultSchema },
      },
      onRequest: assign,
    },
    () => assignments.notifyOverdueAssignments(db),
  );
  r.get(
    '/api/assignments/:id',
    {
      schema: {
        tags,
        summary: '任务详情',
        params: ZIdParamsSchema,
        response: { 200: ZAssignmentSchema },
      },
      onRequest: read,
    },
    (req) => assignments.get(contextOf(req, db), req.params.id),
  );
  r.patch(
    '/api/assignments/:id',
    {
      schema: {
        tags,
        summary: '修改任务截止日期',
        params: ZIdParamsSchema,
        body: ZAssignmentUpdateSchema,
        response: { 200: ZAssignmentSchema },
      },
      onRequest: assign,
    },
    (req) => assignments.updateDeadline(contextOf(req, db), req.params.id, req.body.deadline),
  );
  r.delete(
    '/api/assignments/:id',
    {
      schema: { tags, summary: '删除任务（尚无进展填报时）', params: ZIdParamsSchema },
      onRequest: assign,
    },
    async (req, reply) => {
      await assignments.remove(contextOf(req, db), req.params.id);
      return reply.status(204).send();
    },
  );
  r.get(
    '/api/assignments/:id/reports',
    {
      schema: {
        tags,
        summary: '任务的进展填报（最新在前）',
        params: ZIdParamsSchema,
        querystring: ZPageQuerySchema.omit({ q: true }),
        response: { 200: ZReportListSchema },
      },
      onRequest: read,
    },
    (req) => assignments.listReports(contextOf(req, db), req.params.id, req.query),
  );
  r.post(
    '/api/assignments/:id/reports',
    {
      schema: {
        tags,
        summary: '单位填报进展（文字、完成百分比、附件 id）',
        params: ZIdParamsSchema,
        body: ZReportCreateSchema,
        response: { 201: ZReportSchema },
      },
      onRequest: requireRole(...assignmentPolicy.report),
    },
    async (req, reply) =>
      reply.status(201).send(await assignments.report(contextOf(req, db), req.params.id, req.body)),
  );
}

function registerQuotaRules(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['quota-rules'];

  r.get(
    '/api/quota-rules',
    {
      schema: {
        tags,
        summary: '指标规则的各个版本（current 为本月执行的版本）',
        querystring: ZQuotaRuleListQuerySchema,
        response: { 200: ZQuotaRuleListSchema },
      },
      onRequest: requireRole(...quotaRulePolicy.read),
    },
    (req) => quotaRules.list(contextOf(req, db), req.query),
  );
  r.post(
    '/api/quota-rules',
    {
      schema: {
        tags,
        summary: '新增指标规则版本，自某月（YYYY-MM）起生效',
        body: ZQuotaRuleCreateSchema,
        response: { 201: ZQuotaRuleSchema },
      },
      onRequest: requireRole(...quotaRulePolicy.write),
    },
    async (req, reply) =>
      reply.status(201).send(await quotaRules.add(contextOf(req, db), req.body)),
  );
}
