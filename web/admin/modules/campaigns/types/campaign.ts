import type {
  ZActivityCreateSchema,
  ZActivitySchema,
  ZAssignmentCreateSchema,
  ZAssignmentSchema,
  ZBoardSchema,
  ZCampaignCopySchema,
  ZCampaignCreateSchema,
  ZCampaignSchema,
  ZCampaignUpdateSchema,
  ZPhaseCreateSchema,
  ZPhaseSchema,
  ZReportCreateSchema,
  ZReportSchema,
} from '../../../../../common/campaigns.ts';
import type { TAssignmentStatus, TCampaignState } from '../../../../../common/terms.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/campaigns.ts, the enumerations common/terms.ts); type-only
// imports of the schemas, so no zod in the bundle.
export {
  ACTIVITY_MODULES as activityModules,
  ASSIGNMENT_STATUSES as assignmentStatuses,
  CAMPAIGN_STATES as campaignStates,
  CAMPAIGN_STATUSES as campaignStatuses,
  type TActivityModule as ActivityModule,
  type TAssignmentStatus as AssignmentStatus,
  type TCampaignState as CampaignState,
  type TCampaignStatus as CampaignStatus,
  type TCampaignTemplate as CampaignTemplate,
} from '../../../../../common/terms.ts';

/** 活动 — e.g. 「学习龚全珍，争做贴心人」 (2014). */
export type Campaign = TJson<typeof ZCampaignSchema>;
export type CampaignInput = Required<
  Pick<
    TJson<typeof ZCampaignUpdateSchema>,
    'name' | 'description' | 'startDate' | 'endDate' | 'reminderDaysBeforeMonthEnd'
  >
>;
export type CampaignUpdateInput = TJson<typeof ZCampaignUpdateSchema>;
/** POST /api/campaigns from a built-in template */
export type CampaignFromTemplateInput = Required<
  Pick<TJson<typeof ZCampaignCreateSchema>, 'fromTemplate'>
> &
  Pick<TJson<typeof ZCampaignCreateSchema>, 'year' | 'name'>;
export type CampaignCopyInput = TJson<typeof ZCampaignCopySchema>;

/** 阶段 */
export type Phase = TJson<typeof ZPhaseSchema>;
export type PhaseInput = TJson<typeof ZPhaseCreateSchema>;

/** 活动项目 — one numbered item of the plan. */
export type Activity = TJson<typeof ZActivitySchema>;
export type ActivityInput = TJson<typeof ZActivityCreateSchema>;

/** 任务分解 — an activity assigned to a unit with a deadline. */
export type Assignment = TJson<typeof ZAssignmentSchema>;
export type AssignInput = TJson<typeof ZAssignmentCreateSchema>;
export type AssignResult = { items: Assignment[]; created: number; updated: number };

/** 进展报告 */
export type Report = TJson<typeof ZReportSchema>;
export type AttachmentRef = Report['attachments'][number];
export type ReportInput = TJson<typeof ZReportCreateSchema>;

/** 进度看板 */
export type Board = TJson<typeof ZBoardSchema>;

export type CampaignFilters = { q?: string; state?: TCampaignState };
export type CampaignListParams = CampaignFilters & { page: number; pageSize: number };

export type AssignmentFilters = {
  q?: string;
  campaignId?: string;
  activityId?: string;
  orgId?: string;
  overdue?: boolean;
  status?: TAssignmentStatus;
};
