import type { FastifyInstance } from 'fastify';
import { ZAssignmentFilterSchema } from '../../../common/campaigns.ts';
import { ZPageQuerySchema } from '../../../common/paging.ts';
import type { Db } from '../../db/client.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import * as assignments from './assignments.service.ts';
import { assignmentPolicy, campaignPolicy, quotaRulePolicy } from './campaigns.policy.ts';
import * as schemas from './campaigns.schemas.ts';
import * as campaigns from './campaigns.service.ts';
import * as quotaRules from './quota-rules.service.ts';

/** Campaigns with phases and activities, assignments with progress reports, quota rules. */
export function registerCampaignRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  registerCampaigns(app, db);
  registerAssignments(app, db);
  const rules = resourceRoutes(app, db, 'quota-rules', quotaRulePolicy);
  rules.list(schemas.ZQuotaRuleListQuerySchema, schemas.ZQuotaRuleListSchema, quotaRules.list);
  rules.create(schemas.ZQuotaRuleCreateSchema, schemas.ZQuotaRuleSchema, quotaRules.add);
}

function registerCampaigns(app: FastifyInstance, db: Db) {
  const api = resourceRoutes(app, db, 'campaigns', campaignPolicy);
  api.list(schemas.ZCampaignListQuerySchema, schemas.ZCampaignListSchema, campaigns.list);
  api.exportXlsx(schemas.ZCampaignFilterSchema, campaigns.exportXlsx);
  api.create(schemas.ZCampaignCreateSchema, schemas.ZCampaignSchema, campaigns.create);
  api.get(schemas.ZCampaignSchema, campaigns.get);
  api.update(schemas.ZCampaignUpdateSchema, schemas.ZCampaignSchema, campaigns.update);
  api.action('copy', schemas.ZCampaignCopySchema, schemas.ZCampaignSchema, campaigns.copy, 201);
  api
    .as({ read: assignmentPolicy.read })
    .detail('board', schemas.ZBoardQuerySchema, schemas.ZBoardSchema, assignments.board);

  const phases = api.children('phases', schemas.ZCampaignChildParamsSchema);
  phases.list(null, schemas.ZPhaseListSchema, campaigns.listPhases);
  phases.create(schemas.ZPhaseCreateSchema, schemas.ZPhaseSchema, campaigns.createPhase);
  phases.update(schemas.ZPhaseUpdateSchema, schemas.ZPhaseSchema, campaigns.updatePhase);
  phases.remove(campaigns.deletePhase);

  const activities = api.children('activities', schemas.ZCampaignChildParamsSchema);
  activities.list(null, schemas.ZActivityListSchema, campaigns.listActivities);
  activities.create(
    schemas.ZActivityCreateSchema,
    schemas.ZActivitySchema,
    campaigns.createActivity,
  );
  activities.update(
    schemas.ZActivityUpdateSchema,
    schemas.ZActivitySchema,
    campaigns.updateActivity,
  );
  activities.remove(campaigns.deleteActivity);
}

function registerAssignments(app: FastifyInstance, db: Db) {
  const { read, assign, report } = assignmentPolicy;
  const api = resourceRoutes(app, db, 'assignments', { read, write: assign });
  api.list(schemas.ZAssignmentListQuerySchema, schemas.ZAssignmentListSchema, assignments.list);
  api.exportXlsx(ZAssignmentFilterSchema, assignments.exportXlsx);
  api.create(
    schemas.ZAssignmentCreateSchema,
    schemas.ZAssignmentCreateResultSchema,
    assignments.assign,
  );
  api.command('remind-overdue', null, schemas.ZRemindResultSchema, (ctx) =>
    assignments.notifyOverdueAssignments(ctx.db),
  );
  api.get(schemas.ZAssignmentSchema, assignments.get);
  api.update(schemas.ZAssignmentUpdateSchema, schemas.ZAssignmentSchema, (ctx, id, body) =>
    assignments.updateDeadline(ctx, id, body.deadline),
  );
  api.remove(assignments.remove);
  const reportQuery = ZPageQuerySchema.omit({ q: true });
  const reports = api.children('reports', schemas.ZCampaignChildParamsSchema);
  reports.list(reportQuery, schemas.ZReportListSchema, assignments.listReports);
  api
    .as({ write: report })
    .children('reports', schemas.ZCampaignChildParamsSchema)
    .create(schemas.ZReportCreateSchema, schemas.ZReportSchema, assignments.report);
}
