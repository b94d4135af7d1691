import { ZAttachmentIdsSchema, ZAttachmentSchema } from './attachments.ts';
import { CASE_STATUSES } from './case-terms.ts';
import { requiredText, text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import {
  listOf,
  ZDateSchema,
  ZDateTimeSchema,
  ZPageQuerySchema,
  ZQueryBoolSchema,
} from './paging.ts';
import { CASE_GATES, RECTIFICATION_LEN, RECTIFICATION_STATES } from './rectification-terms.ts';
import { patchOf, z } from './zod.ts';

export * from './rectification-terms.ts';

/** 整改事项 as the list and the drawer show it: the linked case by its code and status only. */
export const ZRectificationSchema = z.object({
  id: z.uuid(),
  cadreId: z.uuid(),
  cadreName: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  campaignId: z.uuid().nullable(),
  campaignName: z.string().nullable(),
  selfExamId: z.uuid().nullable(),
  selfExamTitle: z.string().nullable(),
  standard: z.string().nullable(),
  problem: z.string(),
  measure: z.string(),
  responsible: z.string(),
  deadline: ZDateSchema,
  state: z.enum(RECTIFICATION_STATES),
  /** past the deadline and not signed off */
  overdue: z.boolean(),
  caseId: z.uuid().nullable(),
  caseTrackingCode: z.string().nullable(),
  caseStatus: z.enum(CASE_STATUSES).nullable(),
  evidence: z.string(),
  progressNote: z.string(),
  attachments: z.array(ZAttachmentSchema),
  doneAt: ZDateTimeSchema.nullable(),
  signedOffByName: z.string().nullable(),
  signedOffAt: ZDateTimeSchema.nullable(),
  remindedAt: ZDateTimeSchema.nullable(),
  createdAt: ZDateTimeSchema,
  updatedAt: ZDateTimeSchema,
});
export type TRectification = z.infer<typeof ZRectificationSchema>;

/** The drawer's detail: the item, and (when linked) what the case's side says about 销号. */
export const ZRectificationDetailSchema = ZRectificationSchema.extend({
  caseGate: z.enum(CASE_GATES).nullable().describe('关联诉求件是否已允许销号'),
});
export type TRectificationDetail = z.infer<typeof ZRectificationDetailSchema>;

const L = RECTIFICATION_LEN;
const ZRectificationFieldsSchema = z.object({
  /** defaults to the cadre of the logged-in account */
  cadreId: z.uuid('请选择干部').optional(),
  campaignId: z.uuid().nullable().optional(),
  selfExamId: z.uuid().nullable().optional(),
  standard: text('对照标准', L.standard).nullable().optional(),
  problem: requiredText('问题', L.problem),
  measure: requiredText('整改措施', L.measure),
  responsible: requiredText('责任人', L.responsible),
  deadline: ZDateSchema,
  caseId: z.uuid().nullable().optional(),
  attachmentIds: ZAttachmentIdsSchema,
});
export const ZRectificationCreateSchema = ZRectificationFieldsSchema;
export type TRectificationCreate = z.infer<typeof ZRectificationCreateSchema>;

/** While 待整改 or 整改中: the item's words, its evidence and more files. */
export const ZRectificationUpdateSchema = patchOf(
  ZRectificationFieldsSchema.omit({ cadreId: true }),
).extend({ evidence: text('整改佐证', L.evidence).optional() });
export type TRectificationUpdate = z.infer<typeof ZRectificationUpdateSchema>;

export const ZRectificationFilterSchema = z.object({
  q: text('搜索关键词', MAX_LEN.search).optional(),
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  state: z.enum(RECTIFICATION_STATES).optional(),
  overdue: ZQueryBoolSchema.optional().describe('只看逾期（过了时限仍未销号）'),
  campaignId: z.uuid().optional(),
  selfExamId: z.uuid().optional(),
  cadreId: z.uuid().optional(),
});
export type TRectificationFilter = z.infer<typeof ZRectificationFilterSchema>;
export const ZRectificationListQuerySchema = ZPageQuerySchema.extend(
  ZRectificationFilterSchema.shape,
);
export type TRectificationListQuery = z.infer<typeof ZRectificationListQuerySchema>;
export const ZRectificationListSchema = listOf(ZRectificationSchema);

/** 整改进度: per unit (the item's unit), the items by state. */
export const ZRectificationProgressQuerySchema = z.object({
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  campaignId: z.uuid().optional(),
});
export type TRectificationProgressQuery = z.infer<typeof ZRectificationProgressQuerySchema>;
export const ZRectificationProgressRowSchema = z.object({
  orgId: z.uuid(),
  orgName: z.string(),
  total: z.number().int(),
  open: z.number().int(),
  inProgress: z.number().int(),
  submitted: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  /** 销号率, per cent (0 when no items) */
  rate: z.number().int(),
});
export type TRectificationProgressRow = z.infer<typeof ZRectificationProgressRowSchema>;
export const ZRectificationProgressSchema = z.object({
  items: z.array(ZRectificationProgressRowSchema),
});

/** 逾期提醒: `dryRun` counts first (the office is asked), then sends. */
export const ZRectificationReminderSchema = z.object({
  orgId: z.uuid().optional(),
  campaignId: z.uuid().optional(),
  dryRun: z.boolean().default(false),
});
export type TRectificationReminder = z.infer<typeof ZRectificationReminderSchema>;
export const ZRectificationReminderResultSchema = z.object({
  /** overdue items in the scope */
  overdue: z.number().int(),
  /** notifications newly sent (each item at most once a day) */
  sent: z.number().int(),
  /** overdue items whose cadre has no account */
  skippedNoAccount: z.number().int(),
});
export type TRectificationReminderResult = z.infer<typeof ZRectificationReminderResultSchema>;
