import { ACCESS } from '../../../common/access.ts';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import {
  selfExamSchemas,
  ZSelfExamHeadingsSchema,
  ZSelfExamOpinionsQuerySchema,
  ZSelfExamOpinionsSchema,
} from '../../../common/self-exams.ts';
import { requireRole } from '../../platform/auth/plugin.ts';
import { registerDocumentRoutes } from '../../platform/documents/documents.routes.ts';
import { apiText } from '../../platform/i18n/zh-CN.ts';
import type { ServerModule } from '../../platform/module.ts';
import * as service from './self-exams.service.ts';

/**
 * 对照检查材料: the reviewable-document kind `self_exam` (one per cadre and campaign, unit → office),
 * the opinions of the masses beside it (`/opinions`), the copied-text check (`/similar`), and the
 * campaign's headings (`/api/campaigns/{id}/self-exam-headings`).
 */
export const selfExamsModule: ServerModule = {
  name: 'self-exams',
  // a document's files: read by whoever may read the document
  attachmentOwners: service.selfExamService.attachmentOwner,
  routes: (app, { db }) => {
    const api = registerDocumentRoutes(app, db, {
      resource: 'self-exams',
      workflow: service.selfExamWorkflow,
      service: service.selfExamService,
      schemas: selfExamSchemas,
      print: { footer: false, bodyOf: service.printedBody },
    });
    api.view('opinions', ZSelfExamOpinionsQuerySchema, ZSelfExamOpinionsSchema, (ctx, q) =>
      service.opinionsBefore(ctx, q),
    );
    api.detail('opinions', null, ZSelfExamOpinionsSchema, (ctx, id) => service.opinions(ctx, id));

    // the campaign's headings: under the campaign's path, like its six-ones rules
    const tags = ['self-exams'];
    const summary = apiText['self-exams'].summary;
    const url = '/api/campaigns/:id/self-exam-headings';
    api.r.get(
      url,
      {
        schema: {
          tags,
          summary: summary.headings,
          params: ZIdParamsSchema,
          response: { 200: ZSelfExamHeadingsSchema },
        },
        onRequest: requireRole(...ACCESS.campaigns.read),
      },
      (req) => service.getHeadings(api.ctx(req), req.params.id),
    );
    api.r.put(
      url,
      {
        schema: {
          tags,
          summary: summary['headings.put'],
          params: ZIdParamsSchema,
          body: ZSelfExamHeadingsSchema,
          response: { 200: ZSelfExamHeadingsSchema },
        },
        onRequest: requireRole(...ACCESS.campaigns.write),
      },
      (req) => service.putHeadings(api.ctx(req), req.params.id, req.body),
    );
  },
};
