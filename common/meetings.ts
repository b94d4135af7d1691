import { dateRange, requiredText, text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { listOf, ZDateSchema, ZDateTimeSchema, ZPageQuerySchema } from './paging.ts';
import {
  ATTENDANCE_STATUSES,
  MEETING_KINDS,
  MEETING_LEN,
  MEETING_RULES,
  RECTIFICATION_STATES,
} from './rectification-terms.ts';
import { patchOf, z } from './zod.ts';

export * from './rectification-terms.ts';

/** One rule checked: ok, failed, or pending (null: the report's window is still open). */
export const ZMeetingCheckSchema = z.object({
  rule: z.enum(MEETING_RULES),
  ok: z.boolean().nullable().describe('true 符合；false 不符合；null 尚在时限内，待报告'),
  detail: z.string(),
});
export type TMeetingCheck = z.infer<typeof ZMeetingCheckSchema>;

export const ZMeetingSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  campaignId: z.uuid().nullable(),
  campaignName: z.string().nullable(),
  kind: z.enum(MEETING_KINDS),
  heldOn: ZDateSchema,
  topic: z.string(),
  place: z.string(),
  host: z.string(),
  criticism: z.string(),
  measures: z.string(),
  reportedOn: ZDateSchema.nullable(),
  reportNote: z.string(),
  /** counts from the roster */
  due: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  reviewedCount: z.number().int(),
  checks: z.array(ZMeetingCheckSchema),
  createdAt: ZDateTimeSchema,
  updatedAt: ZDateTimeSchema,
});
export type TMeeting = z.infer<typeof ZMeetingSchema>;

export const ZAttendanceItemSchema = z
  .object({
    cadreId: z.uuid('请选择干部'),
    status: z.enum(ATTENDANCE_STATUSES),
    reason: text('缺席原因', MEETING_LEN.reason).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'absent' && v.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '请填写缺席原因' });
    }
  });
export type TAttendanceItem = z.infer<typeof ZAttendanceItemSchema>;

export const ZAttendanceBodySchema = z.object({
  items: z.array(ZAttendanceItemSchema).max(500, '名单最多 500 人'),
});
export type TAttendanceBody = z.infer<typeof ZAttendanceBodySchema>;

export const ZAttendanceRowSchema = z.object({
  cadreId: z.uuid(),
  cadreName: z.string(),
  orgName: z.string(),
  status: z.enum(ATTENDANCE_STATUSES),
  reason: z.string(),
});
export const ZAttendanceListSchema = z.object({ items: z.array(ZAttendanceRowSchema) });
export type TAttendanceRow = z.infer<typeof ZAttendanceRowSchema>;

export const ZReviewedItemSchema = z.object({
  rectificationId: z.uuid(),
  note: text('回头看情况', MEETING_LEN.reviewNote).default(''),
});
export const ZReviewedBodySchema = z.object({
  items: z.array(ZReviewedItemSchema).max(200, '最多 200 项'),
});
export type TReviewedBody = z.infer<typeof ZReviewedBodySchema>;
export const ZReviewedRowSchema = z.object({
  rectificationId: z.uuid(),
  cadreName: z.string(),
  problem: z.string(),
  state: z.enum(RECTIFICATION_STATES),
  note: z.string(),
});
export type TReviewedRow = z.infer<typeof ZReviewedRowSchema>;

/** The detail: the meeting with its roster and the items reviewed. */
export const ZMeetingDetailSchema = ZMeetingSchema.extend({
  attendance: z.array(ZAttendanceRowSchema),
  reviewed: z.array(ZReviewedRowSchema),
});
export type TMeetingDetail = z.infer<typeof ZMeetingDetailSchema>;

const ZMeetingFieldsSchema = z.object({
  orgId: z.uuid('请选择单位'),
  campaignId: z.uuid().nullable().optional(),
  kind: z.enum(MEETING_KINDS, { message: '请选择会议类型' }),
  heldOn: ZDateSchema,
  topic: requiredText('会议主题', MEETING_LEN.topic),
  place: text('地点', MEETING_LEN.place).default(''),
  host: text('主持人', MEETING_LEN.host).default(''),
  criticism: text('批评和自我批评记录', MEETING_LEN.criticism).default(''),
  measures: text('整改措施', MEETING_LEN.measures).default(''),
  reportedOn: ZDateSchema.nullable().optional(),
  reportNote: text('报告情况', MEETING_LEN.reportNote).default(''),
});

export const ZMeetingCreateSchema = ZMeetingFieldsSchema.extend({
  attendance: z.array(ZAttendanceItemSchema).max(500, '名单最多 500 人').optional(),
  reviewed: z.array(ZReviewedItemSchema).max(200, '最多 200 项').optional(),
}).superRefine(dateRange('heldOn', 'reportedOn', '报告日期不能早于会议日期'));
export type TMeetingCreate = z.infer<typeof ZMeetingCreateSchema>;

export const ZMeetingUpdateSchema = patchOf(ZMeetingFieldsSchema.omit({ orgId: true })).superRefine(
  dateRange('heldOn', 'reportedOn', '报告日期不能早于会议日期'),
);
export type TMeetingUpdate = z.infer<typeof ZMeetingUpdateSchema>;

export const ZMeetingFilterSchema = z.object({
  q: text('搜索关键词', MAX_LEN.search).optional(),
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  kind: z.enum(MEETING_KINDS).optional(),
  year: z.coerce
    .number()
    .int()
    .min(2000, '年份不能早于 2000')
    .max(2100, '年份不能晚于 2100')
    .optional(),
  campaignId: z.uuid().optional(),
});
export type TMeetingFilter = z.infer<typeof ZMeetingFilterSchema>;
export const ZMeetingListQuerySchema = ZPageQuerySchema.extend(ZMeetingFilterSchema.shape);
export type TMeetingListQuery = z.infer<typeof ZMeetingListQuerySchema>;
export const ZMeetingListSchema = listOf(ZMeetingSchema);
