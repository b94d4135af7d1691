import { ZAttachmentSchema } from './attachments.ts';
import { dateRange, requiredText, text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZRankSchema } from './org.ts';
import { ZDateSchema, ZDateTimeSchema, ZMonthSchema, ZQueryBoolSchema } from './paging.ts';
import {
  ACTIVITY_MODULES,
  ASSIGNMENT_STATUSES,
  CAMPAIGN_STATES,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TEMPLATES,
  type TCampaignState,
  type TCampaignStatus,
} from './terms.ts';
import { patchOf, z } from './zod.ts';

export {
  ACTIVITY_MODULES,
  ASSIGNMENT_STATUSES,
  CAMPAIGN_STATES,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TEMPLATES,
  type TActivityModule,
  type TAssignmentStatus,
  type TCampaignState,
  type TCampaignStatus,
  type TCampaignTemplate,
} from './terms.ts';
export const ZCampaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export const ZCampaignStateSchema = z.enum(CAMPAIGN_STATES);

export function campaignState(
  c: { status: TCampaignStatus; startDate: string; endDate: string },
  today: string,
): TCampaignState {
  if (c.status === 'draft') return 'draft';
  if (c.status === 'closed') return 'ended';
  if (today < c.startDate) return 'not_started';
  if (today > c.endDate) return 'ended';
  return 'ongoing';
}

export const ZActivityModuleSchema = z.enum(ACTIVITY_MODULES);
export const ZCampaignTemplateSchema = z.enum(CAMPAIGN_TEMPLATES);

// ---- campaigns ----------------------------------------------------------------------------

export const ZCampaignSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  /** what the office set: 草稿 draft, 已启动 active, 已关闭 closed */
  status: ZCampaignStatusSchema,
  /** what users see: the status read with the dates (campaignState) */
  state: ZCampaignStateSchema,
  reminderDaysBeforeMonthEnd: z.number().int(),
  phaseCount: z.number().int(),
  activityCount: z.number().int(),
  createdAt: ZDateTimeSchema,
  updatedAt: ZDateTimeSchema,
});
export type TCampaign = z.infer<typeof ZCampaignSchema>;

const campaignName = requiredText('活动名称', MAX_LEN.name);
const description = text('说明', MAX_LEN.longText);
const reminderDays = z
  .number()
  .int()
  .min(0, '提醒天数不能小于 0')
  .max(27, '提醒天数不能超过 27')
  .describe('月末前几天提醒未达标的干部');

/**
 * A new campaign: blank (name and dates required) or from a built-in template (the template's
 * dates, shifted to `year` when given).
 */
export const ZCampaignCreateSchema = z
  .object({
    fromTemplate: ZCampaignTemplateSchema.optional().describe('内置模板；不填则新建空白活动'),
    year: z
      .number()
      .int()
      .min(2000, '年份不能早于 2000')
      .max(2100, '年份不能晚于 2100')
      .optional()
      .describe('从模板新建时按年份平移日期'),
    name: campaignName.optional(),
    description: description.optional(),
    startDate: ZDateSchema.optional(),
    endDate: ZDateSchema.optional(),
    status: ZCampaignStatusSchema.optional(),
    reminderDaysBeforeMonthEnd: reminderDays.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.fromTemplate) return;
    if (!v.name) ctx.addIssue({ code: 'custom', path: ['name'], message: '请填写活动名称' });
    if (!v.startDate)
      ctx.addIssue({ code: 'custom', path: ['startDate'], message: '请填写开始日期' });
    if (!v.endDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: '请填写结束日期' });
  })
  .superRefine(dateRange('startDate', 'endDate'));
export type TCampaignCreate = z.infer<typeof ZCampaignCreateSchema>;

export const ZCampaignUpdateSchema = z
  .object({
    name: campaignName.optional(),
    description: description.optional(),
    startDate: ZDateSchema.optional(),
    endDate: ZDateSchema.optional(),
    status: ZCampaignStatusSchema.optional(),
    reminderDaysBeforeMonthEnd: reminderDays.optional(),
  })
  .superRefine(dateRange('startDate', 'endDate'));
export type TCampaignUpdate = z.infer<typeof ZCampaignUpdateSchema>;

/** Copy a campaign to another year (same month and day) or by a number of days. */
export const ZCampaignCopySchema = z
  .object({
    year: z.number().int().min(2000, '年份不能早于 2000').max(2100, '年份不能晚于 2100').optional(),
    shiftDays: z
      .number()
      .int()
      .min(-3650, '平移天数不能超过 3650')
      .max(3650, '平移天数不能超过 3650')
      .optional(),
    name: campaignName.optional(),
  })
  .refine((v) => (v.year === undefined) !== (v.shiftDays === undefined), {
    path: ['year'],
    message: '请填写目标年份或平移天数（二选一）',
  });
export type TCampaignCopy = z.infer<typeof ZCampaignCopySchema>;

// ---- phases and activities ----------------------------------------------------------------

export const ZPhaseSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  sortOrder: z.number().int(),
});
export type TPhase = z.infer<typeof ZPhaseSchema>;

const ZPhaseFieldsSchema = z.object({
  name: requiredText('阶段名称', MAX_LEN.phaseName),
  startDate: ZDateSchema,
  endDate: ZDateSchema,
  sortOrder: z.number().int().min(0).max(1000).optional(),
});
export const ZPhaseCreateSchema = ZPhaseFieldsSchema.superRefine(dateRange('startDate', 'endDate'));
export type TPhaseCreate = z.infer<typeof ZPhaseCreateSchema>;
export const ZPhaseUpdateSchema = ZPhaseFieldsSchema.partial().superRefine(
  dateRange('startDate', 'endDate'),
);
export type TPhaseUpdate = z.infer<typeof ZPhaseUpdateSchema>;

export const ZActivitySchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  phaseId: z.uuid().nullable(),
  phaseName: z.string().nullable(),
  number: z.number().int(),
  title: z.string(),
  description: z.string(),
  module: ZActivityModuleSchema,
  assignmentCount: z.number().int(),
});
export type TActivity = z.infer<typeof ZActivitySchema>;

export const ZActivityCreateSchema = z.object({
  number: z
    .number()
    .int()
    .min(1, '编号应为正整数')
    .max(999)
    .optional()
    .describe('序号；不填则取最大序号 + 1'),
  title: requiredText('活动项目名称', MAX_LEN.activityTitle),
  description: description.default(''),
  module: ZActivityModuleSchema,
  phaseId: z.uuid('请选择阶段').nullable().optional(),
});
export type TActivityCreate = z.infer<typeof ZActivityCreateSchema>;
export const ZActivityUpdateSchema = patchOf(ZActivityCreateSchema);
export type TActivityUpdate = z.infer<typeof ZActivityUpdateSchema>;

// ---- assignments (任务分解) and progress reports ------------------------------------------

export const ZAssignmentStatusSchema = z.enum(ASSIGNMENT_STATUSES);

export const ZAssignmentSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  campaignName: z.string(),
  activityId: z.uuid(),
  activityNumber: z.number().int(),
  activityTitle: z.string(),
  activityModule: ZActivityModuleSchema,
  orgId: z.uuid(),
  orgName: z.string(),
  deadline: z.string(),
  percent: z.number().int(),
  status: ZAssignmentStatusSchema,
  /** the deadline has passed and the work is not done */
  overdue: z.boolean(),
  lastReportAt: ZDateTimeSchema.nullable(),
  createdAt: ZDateTimeSchema,
});
export type TAssignment = z.infer<typeof ZAssignmentSchema>;

export const ZAssignmentCreateSchema = z.object({
  activityId: z.uuid('请选择活动项目'),
  orgIds: z
    .array(z.uuid('请选择单位'))
    .min(1, '请至少选择一个单位')
    .max(500, '一次最多分解到 500 个单位'),
  deadline: ZDateSchema,
});
export type TAssignmentCreate = z.infer<typeof ZAssignmentCreateSchema>;

export const ZAssignmentUpdateSchema = z.object({ deadline: ZDateSchema });
export type TAssignmentUpdate = z.infer<typeof ZAssignmentUpdateSchema>;

export const ZAssignmentFilterSchema = z.object({
  q: text('搜索关键词', MAX_LEN.search).optional().describe('搜索活动项目或单位名称'),
  campaignId: z.uuid().optional(),
  activityId: z.uuid().optional(),
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  overdue: ZQueryBoolSchema.optional().describe('只看逾期'),
  status: ZAssignmentStatusSchema.optional(),
});
export type TAssignmentFilter = z.infer<typeof ZAssignmentFilterSchema>;

/** a report's files: the one attachment shape of common/attachments.ts */
export const ZAttachmentRefSchema = ZAttachmentSchema;

export const ZReportSchema = z.object({
  id: z.uuid(),
  assignmentId: z.uuid(),
  authorId: z.uuid(),
  authorName: z.string(),
  text: z.string(),
  percent: z.number().int(),
  attachments: z.array(ZAttachmentRefSchema),
  createdAt: ZDateTimeSchema,
});
export type TReport = z.infer<typeof ZReportSchema>;

export const ZReportCreateSchema = z.object({
  text: requiredText('进展情况', MAX_LEN.longText),
  percent: z
    .number()
    .int()
    .min(0, '完成进度应在 0 到 100 之间')
    .max(100, '完成进度应在 0 到 100 之间'),
  attachmentIds: z.array(z.uuid()).max(20, '最多 20 个附件').default([]),
});
export type TReportCreate = z.infer<typeof ZReportCreateSchema>;

// ---- progress board (进度看板) -------------------------------------------------------------

export const ZBoardQuerySchema = z.object({
  leadingOnly: ZQueryBoolSchema.optional().describe('只看有领导干部的单位（带头示范）'),
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
});
export type TBoardQuery = z.infer<typeof ZBoardQuerySchema>;

const ZTotalsSchema = z.object({
  assigned: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  /** mean percent of the assignments, 0–100, rounded */
  avgPercent: z.number().int(),
});

export const ZBoardSchema = z.object({
  activities: z.array(
    ZTotalsSchema.extend({
      id: z.uuid(),
      number: z.number().int(),
      title: z.string(),
      module: ZActivityModuleSchema,
    }),
  ),
  units: z.array(
    ZTotalsSchema.extend({
      orgId: z.uuid(),
      orgName: z.string(),
      /** active leading cadres (领导干部) in the unit and its sub-units */
      leadingCadres: z.number().int(),
    }),
  ),
  cells: z.array(
    z.object({
      assignmentId: z.uuid(),
      activityId: z.uuid(),
      orgId: z.uuid(),
      deadline: z.string(),
      percent: z.number().int(),
      status: ZAssignmentStatusSchema,
      overdue: z.boolean(),
      lastReportAt: ZDateTimeSchema.nullable(),
      lastReportText: z.string().nullable(),
    }),
  ),
  totals: ZTotalsSchema,
});
export type TBoard = z.infer<typeof ZBoardSchema>;

// ---- quota rules (指标规则) ----------------------------------------------------------------

export const ZQuotaRuleSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  rank: ZRankSchema,
  /** first month this version applies to, YYYY-MM */
  effectiveFrom: z.string(),
  minDaysPerMonth: z.number().int(),
  minHouseholds: z.number().int(),
  maxHouseholds: z.number().int(),
  minPoorHelped: z.number().int(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  createdAt: ZDateTimeSchema,
  /** this version is the one in force in the current month */
  current: z.boolean(),
});
export type TQuotaRule = z.infer<typeof ZQuotaRuleSchema>;

export const ZQuotaRuleListQuerySchema = z.object({
  campaignId: z.uuid('请选择活动'),
  rank: ZRankSchema.optional(),
});

export const ZQuotaRuleCreateSchema = z
  .object({
    campaignId: z.uuid('请选择活动'),
    rank: ZRankSchema,
    effectiveFrom: ZMonthSchema,
    minDaysPerMonth: z.number().int().min(0, '天数不能小于 0').max(31, '每月天数不能超过 31'),
    minHouseholds: z.number().int().min(0, '户数不能小于 0').max(100, '户数不能超过 100'),
    maxHouseholds: z.number().int().min(0, '户数不能小于 0').max(100, '户数不能超过 100'),
    minPoorHelped: z.number().int().min(0, '户数不能小于 0').max(100, '户数不能超过 100'),
  })
  .refine((r) => r.minHouseholds <= r.maxHouseholds, {
    path: ['maxHouseholds'],
    message: '联系户数上限不能小于下限',
  });
export type TQuotaRuleCreate = z.infer<typeof ZQuotaRuleCreateSchema>;
