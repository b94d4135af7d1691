import type { FastifyInstance, FastifyReply } from 'fastify';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { requireRole } from '../../platform/auth/plugin.ts';
import { apiText } from '../../platform/i18n/zh-CN.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { generatePolicy, reportPolicy } from './reports.policy.ts';
import * as schemas from './reports.schemas.ts';
import type { ReportFile } from './reports.service.ts';
import * as service from './reports.service.ts';

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A report file, saved under its title; not cached (it names cadres). */
function sendFile(reply: FastifyReply, f: ReportFile) {
  return reply
    .header('content-type', MIME[f.format])
    .header(
      'content-disposition',
      `attachment; filename="report.${f.format}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
    )
    .header('cache-control', 'no-store')
    .send(f.body);
}

export function registerReportRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = resourceRoutes(app, db, 'reports', reportPolicy);
  const { r, ctx } = api;
  const tags = ['reports'];
  const summary = apiText.reports.summary;
  const generate = requireRole(...generatePolicy.read);
  api.list(schemas.ZReportListQuerySchema, schemas.ZReportListSchema, service.list);
  api.exportXlsx(schemas.ZReportFilterSchema, service.exportXlsx);
  r.get(
    '/api/reports/monthly',
    {
      schema: { tags, summary: summary.monthly, querystring: schemas.ZMonthlyReportQuerySchema },
      onRequest: generate,
    },
    async (req, reply) => sendFile(reply, await service.monthly(ctx(req), req.query)),
  );
  r.get(
    '/api/reports/campaign-summary',
    {
      schema: {
        tags,
        summary: summary['campaign-summary'],
        querystring: schemas.ZCampaignSummaryQuerySchema,
      },
      onRequest: generate,
    },
    async (req, reply) => sendFile(reply, await service.campaignSummary(ctx(req), req.query)),
  );
  r.get(
    '/api/reports/:id/file',
    {
      schema: {
        tags,
        summary: summary.file,
        params: ZIdParamsSchema,
        querystring: schemas.ZReportFileQuerySchema,
      },
      onRequest: api.read,
    },
    async (req, reply) => sendFile(reply, await service.file(ctx(req), req.params.id, req.query)),
  );
}
