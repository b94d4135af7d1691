import { ZAttachmentIdsSchema, ZAttachmentSchema } from './attachments.ts';
import { ZDateSchema, ZDateTimeSchema } from './paging.ts';
import { z } from './zod.ts';

/** 四风 (form., bureaucr., hedonism, extravagance) or a 民生诉求 demand type */
export const CASE_CATEGORY_KINDS = ['four_winds', 'livelihood'] as const;
export type TCaseCategoryKind = (typeof CASE_CATEGORY_KINDS)[number];

/** 网站, 电子邮件, 短信, 行风热线, 信函, 意见箱, 媒体征集, 网上交流, 下访听诉 */
export const CASE_CHANNELS = [
  'web',
  'email',
  'sms',
  'hotline',
  'letter',
  'suggestion_box',
  'media',
  'online_session',
  'field_interview',
] as const;
export type TCaseChannel = (typeof CASE_CHANNELS)[number];

/** 下访听诉 respondents: 基层干部, 农民及农民工, 企业职工, 社区工作人员, 教师及科技人员 */
export const RESPONDENT_GROUPS = [
  'grassroots_cadre',
  'farmer',
  'enterprise_worker',
  'community_worker',
  'teacher_scientist',
] as const;
export type TRespondentGroup = (typeof RESPONDENT_GROUPS)[number];

/** 受理, 已交办, 办理中, 已办结, 已销号, 已退回, 已合并, 不予受理 */
export const CASE_STATUSES = [
  'received',
  'assigned',
  'in_progress',
  'answered',
  'signed_off',
  'returned',
  'merged',
  'not_accepted',
] as const;
export type TCaseStatus = (typeof CASE_STATUSES)[number];

/** 满意, 基本满意, 不满意 */
export const CASE_RATINGS = ['satisfied', 'basically', 'dissatisfied'] as const;
export type TCaseRating = (typeof CASE_RATINGS)[number];

export const CASE_ACTIONS = [
  'submit',
  'accept',
  'assign',
  'start',
  'answer',
  'rate',
  'sign_off',
  'return',
  'transfer',
  'merge',
  'not_accept',
  'note',
] as const;
export type TCaseAction = (typeof CASE_ACTIONS)[number];

export const caseStatusLabels: Record<TCaseStatus, string> = {
  received: '已受理',
  assigned: '已交办',
  in_progress: '办理中',
  answered: '已办结',
  signed_off: '已销号',
  returned: '已退回',
  merged: '已合并',
  not_accepted: '不予受理',
};

export const caseActionLabels: Record<TCaseAction, string> = {
  submit: '提交',
  accept: '受理',
  assign: '交办',
  start: '开始办理',
  answer: '办结答复',
  rate: '群众评价',
  sign_off: '销号',
  return: '退回',
  transfer: '转办',
  merge: '合并',
  not_accept: '不予受理',
  note: '内部备注',
};

export const caseRatingLabels: Record<TCaseRating, string> = {
  satisfied: '满意',
  basically: '基本满意',
  dissatisfied: '不满意',
};

/** Tracking codes: 10 characters, no 0/O/1/I so they read aloud and copy by hand without doubt. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const TRACKING_CODE_LENGTH = 10;
export const ZTrackingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJ-NP-Z]{10}$/, '查询码应为 10 位字母或数字');

export const MAX_CASE_CONTENT = 5000;
const content = z
  .string()
  .trim()
  .min(5, '请至少写 5 个字')
  .max(MAX_CASE_CONTENT, `不能超过 ${MAX_CASE_CONTENT} 字`);
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-\s]{5,20}$/, '电话号码格式不对');

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
  name: z.string().trim().max(50).optional(),
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
  comment: z.string().trim().max(1000).default(''),
});
export type TCaseRatingInput = z.infer<typeof ZCaseRatingInputSchema>;

/** Staff entering a case received by another channel ("report as"). */
export const ZCaseCreateSchema = z.strictObject({
  channel: z.enum(CASE_CHANNELS),
  respondentGroup: z.enum(RESPONDENT_GROUPS).optional(),
  categoryId: z.uuid('请选择类别'),
  content,
  citizenName: z.string().trim().max(50).optional(),
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
export const ZCaseDetailSchema = ZCaseSchema.extend({ attachments: z.array(ZAttachmentSchema) });
export type TCaseDetail = z.infer<typeof ZCaseDetailSchema>;

export const ZCaseEventSchema = z.object({
  id: z.uuid(),
  action: z.enum(CASE_ACTIONS),
  fromStatus: z.enum(CASE_STATUSES).nullable(),
  toStatus: z.enum(CASE_STATUSES).nullable(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  note: z.string(),
  public: z.boolean(),
  at: ZDateTimeSchema,
});
export type TCaseEvent = z.infer<typeof ZCaseEventSchema>;

/** A staff transition: POST /api/cases/{id}/events */
export const ZCaseTransitionSchema = z.strictObject({
  action: z.enum(CASE_ACTIONS),
  note: z.string().trim().max(2000).default(''),
  orgId: z.uuid().optional(),
  handlerCadreId: z.uuid().optional(),
  answer: z.string().trim().max(MAX_CASE_CONTENT).optional(),
  measures: z.string().trim().max(MAX_CASE_CONTENT).optional(),
  reason: z.string().trim().max(2000).optional(),
  mergeIntoId: z.uuid().optional(),
  publicity: z.boolean().optional(),
});
export type TCaseTransition = z.infer<typeof ZCaseTransitionSchema>;

/** Staff view of a category: also inactive ones and the sort order. */
export const ZCaseCategoryAdminSchema = ZCaseCategorySchema.extend({
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type TCaseCategoryAdmin = z.infer<typeof ZCaseCategoryAdminSchema>;

/** The office edits time limits (in working days) and switches categories on or off. */
export const ZCaseCategoryUpdateSchema = z
  .strictObject({
    name: z.string().trim().min(1, '请填写名称').max(30).optional(),
    timeLimitDays: z
      .number()
      .int()
      .min(1, '时限至少 1 个工作日')
      .max(90, '时限最多 90 个工作日')
      .optional(),
    active: z.boolean().optional(),
    sortOrder: z.number().int().min(0).max(9999).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, '请至少修改一项');
export type TCaseCategoryUpdate = z.infer<typeof ZCaseCategoryUpdateSchema>;

export const caseChannelLabels: Record<TCaseChannel, string> = {
  web: '网站',
  email: '电子邮件',
  sms: '短信',
  hotline: '行风热线',
  letter: '信函',
  suggestion_box: '意见箱',
  media: '媒体征集',
  online_session: '网上交流',
  field_interview: '下访听诉',
};

export const respondentGroupLabels: Record<TRespondentGroup, string> = {
  grassroots_cadre: '基层干部',
  farmer: '农民及农民工',
  enterprise_worker: '企业职工',
  community_worker: '社区工作人员',
  teacher_scientist: '教师及科技人员',
};

/** 办成实事: a resolved case the office chose to publish — no code, names or phones. */
export const ZPublicResolvedSchema = z.object({
  category: z.string(),
  content: z.string(),
  answer: z.string().nullable(),
  measures: z.string().nullable(),
  signedOffAt: ZDateTimeSchema.nullable(),
});
