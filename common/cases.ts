import { ZAttachmentIdsSchema, ZAttachmentSchema } from './attachments.ts';
import {
  CASE_ACTIONS,
  CASE_CATEGORY_KINDS,
  CASE_CHANNELS,
  CASE_RATINGS,
  CASE_STATUSES,
  MAX_ACCEPT_DAYS,
  MAX_CASE_CONTENT,
  MIN_ACCEPT_DAYS,
  MIN_CASE_CONTENT,
  RESPONDENT_GROUPS,
} from './case-terms.ts';
import { text, tooLong } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZDateSchema, ZDateTimeSchema } from './paging.ts';
import { ZPhoneSchema } from './phone-schema.ts';
import { z } from './zod.ts';

export * from './case-terms.ts';

export const ZTrackingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJ-NP-Z]{10}$/, '查询码应为 10 位字母或数字');

const content = z
  .string()
  .trim()
  .min(MIN_CASE_CONTENT, `请至少写 ${MIN_CASE_CONTENT} 个字`)
  .max(MAX_CASE_CONTENT, tooLong('内容', MAX_CASE_CONTENT));
/** the one phone rule (common/phone.ts) */
const phone = ZPhoneSchema;

export const ZCaseCategorySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(CASE_CATEGORY_KINDS),
  timeLimitDays: z.number().int(),
});

export const MAX_PUBLIC_CASE_ATTACHMENTS = 5;

/** The citizen's form on the public site. */
export const ZPublicCaseCreateSchema = z.strictObject({
  categoryId: z.uuid('请选择类别'),
  content,
  name: text('姓名', MAX_LEN.personName).optional(),
  phone: phone.optional(),
  anonymous: z.boolean().default(false),
  cadreId: z.uuid().optional(),
  /** ids from POST /api/public/attachments (photos, PDF), claimed with the case */
  attachments: z
    .array(z.uuid())
    .max(MAX_PUBLIC_CASE_ATTACHMENTS, `最多 ${MAX_PUBLIC_CASE_ATTACHMENTS} 个附件`)
    .optional(),
  /**
   * made by the phone once per submission and sent again on every retry: the same clientId is the
   * same case (answered 200 with its tracking code), so a weak connection never makes two
   */
  clientId: z.uuid('clientId 应为 UUID').optional(),
});
export type TPublicCaseCreate = z.infer<typeof ZPublicCaseCreateSchema>;

export const ZPublicCaseCreatedSchema = z.object({
  trackingCode: z.string(),
  status: z.enum(CASE_STATUSES),
  createdAt: ZDateTimeSchema,
});
export type TPublicCaseCreated = z.infer<typeof ZPublicCaseCreatedSchema>;

/** What the tracking code opens: no names, no phones, no internal notes. */
export const ZPublicCaseSchema = z.object({
  trackingCode: z.string(),
  category: z.string(),
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  content: z.string(),
  createdAt: ZDateTimeSchema,
  dueDate: ZDateSchema.nullable(),
  answer: z.string().nullable(),
  measures: z.string().nullable(),
  answeredAt: ZDateTimeSchema.nullable(),
  rating: z.enum(CASE_RATINGS).nullable(),
  mayRate: z.boolean(),
  timeline: z.array(
    z.object({ action: z.enum(CASE_ACTIONS), label: z.string(), at: ZDateTimeSchema }),
  ),
});
export type TPublicCase = z.infer<typeof ZPublicCaseSchema>;

export const ZCaseRatingInputSchema = z.strictObject({
  rating: z.enum(CASE_RATINGS, '请选择 满意、基本满意 或 不满意'),
  comment: text('评价意见', MAX_LEN.ratingComment).default(''),
});
export type TCaseRatingInput = z.infer<typeof ZCaseRatingInputSchema>;

/** Staff entering a case received by another channel ("report as"). */
export const ZCaseCreateSchema = z.strictObject({
  channel: z.enum(CASE_CHANNELS),
  respondentGroup: z.enum(RESPONDENT_GROUPS).optional(),
  categoryId: z.uuid('请选择类别'),
  content,
  citizenName: text('来信人姓名', MAX_LEN.personName).optional(),
  citizenPhone: phone.optional(),
  anonymous: z.boolean().default(false),
  addresseeCadreId: z.uuid().optional(),
  /** ids from POST /api/attachments (a letter's scans, photos), claimed with the case */
  attachments: ZAttachmentIdsSchema.optional(),
});
export type TCaseCreate = z.infer<typeof ZCaseCreateSchema>;

export const ZCaseSchema = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  channel: z.enum(CASE_CHANNELS),
  respondentGroup: z.enum(RESPONDENT_GROUPS).nullable(),
  categoryId: z.uuid(),
  categoryName: z.string(),
  content: z.string(),
  citizenName: z.string().nullable(),
  citizenPhone: z.string().nullable(),
  anonymous: z.boolean(),
  addresseeCadreId: z.uuid().nullable(),
  status: z.enum(CASE_STATUSES),
  assignedOrgId: z.uuid().nullable(),
  assignedOrgName: z.string().nullable(),
  handlerCadreId: z.uuid().nullable(),
  handlerName: z.string().nullable(),
  /** 受理时限: by when it must be accepted (working days from receipt, the category's rule) */
  acceptDueOn: ZDateSchema.nullable(),
  /** still 待受理 after its 受理时限 */
  acceptOverdue: z.boolean(),
  dueDate: ZDateSchema.nullable(),
  overdue: z.boolean(),
  answer: z.string().nullable(),
  measures: z.string().nullable(),
  rating: z.enum(CASE_RATINGS).nullable(),
  ratingComment: z.string().nullable(),
  dissatisfiedCount: z.number().int(),
  escalated: z.boolean(),
  publicity: z.boolean(),
  mergedIntoId: z.uuid().nullable(),
  enteredBy: z.uuid().nullable(),
  createdAt: ZDateTimeSchema,
  updatedAt: ZDateTimeSchema,
});
export type TCase = z.infer<typeof ZCaseSchema>;

/** The case page: the case and its files (downloads for staff who may read the case). */
export const ZCaseDetailSchema = ZCaseSchema.extend({
  attachments: z.array(ZAttachmentSchema),
  /** masked like the phone; the full values come only from GET /api/cases/{id}/contact */
  citizenEmail: z.string().nullable(),
  /** whether this caller may ask for the full contact data (显示联系方式) */
  contactRevealable: z.boolean(),
});
export type TCaseDetail = z.infer<typeof ZCaseDetailSchema>;

/** 显示联系方式: the citizen's full phone and e-mail, read on purpose (audited as 查看个人信息). */
export const ZCaseContactSchema = z.object({
  citizenPhone: z.string().nullable(),
  citizenEmail: z.string().nullable(),
});
export type TCaseContact = z.infer<typeof ZCaseContactSchema>;

/** Staff view of a category: also inactive ones and the sort order. */
export const ZCaseCategoryAdminSchema = ZCaseCategorySchema.extend({
  /** 受理时限 in working days from receipt */
  acceptDays: z.number().int(),
  /** 默认类别 of cases that arrive without one (mail, SMS) */
  intakeDefault: z.boolean(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type TCaseCategoryAdmin = z.infer<typeof ZCaseCategoryAdminSchema>;

/** The office edits time limits (in working days) and switches categories on or off. */
export const ZCaseCategoryUpdateSchema = z
  .strictObject({
    name: text('名称', MAX_LEN.shortName).min(1, '请填写名称').optional(),
    timeLimitDays: z
      .number()
      .int()
      .min(1, '时限至少 1 个工作日')
      .max(90, '时限最多 90 个工作日')
      .optional(),
    acceptDays: z
      .number('受理时限应为 1 至 60 个工作日')
      .int('受理时限应为整数个工作日')
      .min(MIN_ACCEPT_DAYS, `受理时限至少 ${MIN_ACCEPT_DAYS} 个工作日`)
      .max(MAX_ACCEPT_DAYS, `受理时限最多 ${MAX_ACCEPT_DAYS} 个工作日`)
      .optional(),
    /** only `true`: the flag moves to another category, it is never just taken off */
    intakeDefault: z.literal(true, '默认类别只能设到另一个类别上，不能直接取消').optional(),
    active: z.boolean().optional(),
    sortOrder: z.number().int().min(0).max(9999).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, '请至少修改一项');
export type TCaseCategoryUpdate = z.infer<typeof ZCaseCategoryUpdateSchema>;

/** 办成实事: a resolved case the office chose to publish — no code, names or phones. */
export const ZPublicResolvedSchema = z.object({
  category: z.string(),
  content: z.string(),
  answer: z.string().nullable(),
  measures: z.string().nullable(),
  signedOffAt: ZDateTimeSchema.nullable(),
});
