import {
  ZAddedAttachmentIdsSchema,
  ZAttachmentIdsSchema,
  ZAttachmentSchema,
} from './attachments.ts';
import { requiredText, text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import {
  MATERIAL_KINDS,
  MATERIAL_LINK_MAX,
  MATERIAL_MAX_COPIES,
  MATERIAL_MAX_UNITS_PER_SENDING,
} from './materials-terms.ts';
import { ZDateSchema, ZDateTimeSchema } from './paging.ts';
import { z } from './zod.ts';

/**
 * 学习资料 and their distribution (issue 13 §1, plan item 1): what the office registers, what it
 * sends to which unit, each unit's receipt, and each cadre's "studied it" mark.
 */
export {
  MATERIAL_KIND_LABELS,
  MATERIAL_KINDS,
  ONLINE_MATERIAL_KINDS,
  type TMaterialKind,
} from './materials-terms.ts';

/** http(s) only: a javascript: or data: address is refused, never shown as a link. */
const ZLinkSchema = z
  .string()
  .trim()
  .max(MATERIAL_LINK_MAX, `链接不能超过 ${MATERIAL_LINK_MAX} 个字`)
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, '链接须以 http:// 或 https:// 开头');

const ZCopiesSchema = z
  .number('份数须为整数')
  .int('份数须为整数')
  .min(0, '份数不能小于 0')
  .max(MATERIAL_MAX_COPIES, `份数不能大于 ${MATERIAL_MAX_COPIES}`);

export const ZMaterialSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid().nullable(),
  campaignName: z.string().nullable(),
  kind: z.enum(MATERIAL_KINDS),
  title: z.string(),
  description: z.string(),
  /** printed copies available; null: not counted (an online material) */
  copies: z.number().int().nullable(),
  link: z.string().nullable(),
  attachments: z.array(ZAttachmentSchema),
  /** 可在线学习: an online kind, or a file to open */
  online: z.boolean(),
  /** units it was sent to, and those that confirmed, in the reader's scope */
  sentUnits: z.number().int(),
  confirmedUnits: z.number().int(),
  /** copies sent in the reader's scope */
  sentCopies: z.number().int(),
  /** copies sent to any unit (what `copies` is checked against) */
  sentCopiesAll: z.number().int(),
  /** the reader's own mark, when his account is a cadre's; null otherwise */
  viewedAt: ZDateTimeSchema.nullable(),
  /** cadres of the reader's scope who studied it; null for a cadre */
  viewers: z.number().int().nullable(),
  /** nothing was sent yet: the office may still delete it */
  deletable: z.boolean(),
  createdAt: ZDateTimeSchema,
  updatedAt: ZDateTimeSchema,
});
export type TMaterial = z.infer<typeof ZMaterialSchema>;

const ZMaterialFieldsSchema = z.object({
  campaignId: z.uuid('请选择活动').nullable().default(null),
  kind: z.enum(MATERIAL_KINDS, '请选择类别'),
  title: requiredText('名称', MAX_LEN.documentTitle),
  description: text('简介', MAX_LEN.note).default(''),
  copies: ZCopiesSchema.nullable().default(null),
  link: ZLinkSchema.nullable().default(null),
  attachmentIds: ZAttachmentIdsSchema,
});
export const ZMaterialCreateSchema = ZMaterialFieldsSchema;
export type TMaterialCreate = z.infer<typeof ZMaterialCreateSchema>;
export const ZMaterialUpdateSchema = z.object({
  campaignId: z.uuid('请选择活动').nullable().optional(),
  kind: z.enum(MATERIAL_KINDS, '请选择类别').optional(),
  title: requiredText('名称', MAX_LEN.documentTitle).optional(),
  description: text('简介', MAX_LEN.note).optional(),
  copies: ZCopiesSchema.nullable().optional(),
  link: ZLinkSchema.nullable().optional(),
  /** files added to those it has */
  attachmentIds: ZAddedAttachmentIdsSchema,
});
export type TMaterialUpdate = z.infer<typeof ZMaterialUpdateSchema>;

/** 发放 — what was sent to one unit, and its receipt (签收) once the unit confirms it. */
export const ZMaterialDistributionSchema = z.object({
  id: z.uuid(),
  materialId: z.uuid(),
  materialTitle: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  quantity: z.number().int(),
  sentOn: ZDateSchema,
  receivedAt: ZDateTimeSchema.nullable(),
  receivedByName: z.string().nullable(),
  receivedQuantity: z.number().int().nullable(),
  receiptNote: z.string().nullable(),
  photos: z.array(ZAttachmentSchema),
  remindedAt: ZDateTimeSchema.nullable(),
  createdAt: ZDateTimeSchema,
  /** the reader may confirm it (the receiving unit's admin, or the office for a unit) */
  canConfirm: z.boolean(),
  /** the office may take it back (not yet received) */
  removable: z.boolean(),
});
export type TMaterialDistribution = z.infer<typeof ZMaterialDistributionSchema>;

/** 发放: the same quantity to one or many units at once, on one day. */
export const ZMaterialSendSchema = z.object({
  orgIds: z
    .array(z.uuid('请选择单位'))
    .min(1, '请至少选择一个单位')
    .max(MATERIAL_MAX_UNITS_PER_SENDING, `一次最多发放 ${MATERIAL_MAX_UNITS_PER_SENDING} 个单位`),
  quantity: z
    .number('每个单位的份数须为整数')
    .int('每个单位的份数须为整数')
    .min(1, '每个单位至少 1 份')
    .max(MATERIAL_MAX_COPIES, `份数不能大于 ${MATERIAL_MAX_COPIES}`),
  sentOn: ZDateSchema,
});
export type TMaterialSend = z.infer<typeof ZMaterialSendSchema>;

/** 确认签收: how many arrived, a note (e.g. two discs broken), a photo of the receipt. */
export const ZMaterialReceiptSchema = z.object({
  receivedQuantity: z
    .number('实收份数须为整数')
    .int('实收份数须为整数')
    .min(0, '实收份数不能小于 0')
    .max(MATERIAL_MAX_COPIES, `份数不能大于 ${MATERIAL_MAX_COPIES}`),
  note: text('签收说明', MAX_LEN.note).default(''),
  attachmentIds: ZAttachmentIdsSchema,
});
export type TMaterialReceipt = z.infer<typeof ZMaterialReceiptSchema>;

/** 一键提醒: `dryRun` only counts (the page asks before it sends). */
export const ZMaterialReminderSchema = z.object({
  materialId: z.uuid().optional(),
  dryRun: z.boolean().default(false),
});
export type TMaterialReminder = z.infer<typeof ZMaterialReminderSchema>;

export const ZMaterialReminderResultSchema = z.object({
  /** sendings not confirmed yet */
  unconfirmed: z.number().int(),
  /** of those, not reminded today (the ones a reminder goes to) */
  due: z.number().int(),
  /** units those belong to */
  units: z.number().int(),
  /** notices sent (0 on a dry run) */
  sent: z.number().int(),
  /** due sendings whose unit has no admin account to tell */
  withoutAdmin: z.number().int(),
});
export type TMaterialReminderResult = z.infer<typeof ZMaterialReminderResultSchema>;

/** 标记已学: the cadre's one mark per material (a second keeps the first time). */
export const ZMaterialViewSchema = z.object({
  materialId: z.uuid(),
  cadreId: z.uuid(),
  viewedAt: ZDateTimeSchema,
});
export type TMaterialView = z.infer<typeof ZMaterialViewSchema>;
