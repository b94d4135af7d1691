import { ZAttachmentSchema } from './attachments.ts';
import { dateRange, requiredText, text } from './fields.ts';
import { MAX_LEN } from './limits.ts';
import { ZDateTimeSchema } from './paging.ts';
import {
  ATTENDANCE_METHODS,
  ATTENDANCE_STATUSES,
  ENTRY_STATES,
  LATE_ENTRY_STATES,
  MAX_ROSTER,
  STUDY_SESSION_KINDS,
} from './study-session-terms.ts';
import { z } from './zod.ts';

/**
 * 学习座谈、观看 (issue 13 §2): a unit's session with its roster. The counts are the roster's rows
 * counted (应到 = every row), never typed.
 */
export const ZAttendanceCountsSchema = z.object({
  /** 应到 */
  due: z.number().int(),
  present: z.number().int(),
  late: z.number().int(),
  leave: z.number().int(),
  absent: z.number().int(),
  /** on the roster, nothing recorded yet */
  unrecorded: z.number().int(),
});
export type TAttendanceCounts = z.infer<typeof ZAttendanceCountsSchema>;

export const ZStudySessionSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  campaignId: z.uuid().nullable(),
  kind: z.enum(STUDY_SESSION_KINDS),
  title: z.string(),
  startsAt: ZDateTimeSchema,
  endsAt: ZDateTimeSchema,
  place: z.string(),
  presenter: z.string(),
  recorderCadreId: z.uuid().nullable(),
  recorderName: z.string().nullable(),
  materialId: z.uuid().nullable(),
  lateState: z.enum(LATE_ENTRY_STATES),
  lateReason: z.string().nullable(),
  lateDecidedAt: ZDateTimeSchema.nullable(),
  counts: ZAttendanceCountsSchema,
  /** the reader's own row when he is on the roster (我的学习) */
  myStatus: z.enum(ATTENDANCE_STATUSES).nullable(),
  /** whether records may be written now, and until when */
  entry: z.enum(ENTRY_STATES),
  entryUntil: ZDateTimeSchema.nullable(),
  /** the reader may change the schedule (a unit writer in scope) */
  canEdit: z.boolean(),
  /** the reader may take attendance and write the minutes (a writer or the session's recorder) */
  canRecord: z.boolean(),
  createdAt: ZDateTimeSchema,
});
export type TStudySession = z.infer<typeof ZStudySessionSchema>;

export const ZStudySessionDetailSchema = ZStudySessionSchema.extend({
  /** 会议记录: the small markup of common/markup.ts */
  minutes: z.string(),
  attachments: z.array(ZAttachmentSchema),
});
export type TStudySessionDetail = z.infer<typeof ZStudySessionDetailSchema>;

/** The schedule's fields as typed (no defaults: an update names only what it changes). */
const scheduleFields = {
  campaignId: z.uuid('无效的活动').nullable(),
  kind: z.enum(STUDY_SESSION_KINDS, '请选择形式'),
  title: requiredText('主题', MAX_LEN.documentTitle),
  startsAt: ZDateTimeSchema,
  endsAt: ZDateTimeSchema,
  place: text('地点', MAX_LEN.address),
  presenter: text('主讲人或主持人', MAX_LEN.personName),
  recorderCadreId: z.uuid('无效的记录人').nullable(),
  materialId: z.uuid('无效的学习资料').nullable(),
  /** 应到名单 */
  cadreIds: z
    .array(z.uuid())
    .max(MAX_ROSTER, `应到人员最多 ${MAX_ROSTER} 人`)
    .describe('应到名单（干部编号）；安排时不填则为本单位及下级单位全部在职干部'),
};

const END_BEFORE_START = '结束时间须晚于开始时间';

export const ZStudySessionCreateSchema = z
  .object({
    ...scheduleFields,
    orgId: z.uuid('请选择举办单位'),
    campaignId: scheduleFields.campaignId.default(null),
    place: scheduleFields.place.default(''),
    presenter: scheduleFields.presenter.default(''),
    recorderCadreId: scheduleFields.recorderCadreId.default(null),
    materialId: scheduleFields.materialId.default(null),
    cadreIds: scheduleFields.cadreIds.optional(),
  })
  .superRefine(dateRange('startsAt', 'endsAt', END_BEFORE_START));
export type TStudySessionCreate = z.infer<typeof ZStudySessionCreateSchema>;

/**
 * A change: the schedule and the roster (before the start, by the unit), the minutes and new
 * attachments (in the entry window, by the unit or the recorder).
 */
export const ZStudySessionUpdateSchema = z
  .object(scheduleFields)
  .partial()
  .extend({
    minutes: text('会议记录', MAX_LEN.documentBody).optional(),
    /** uploads to attach (photos, scanned sign-in sheets) */
    attachmentIds: z.array(z.uuid()).max(20, '最多 20 个附件').optional(),
  })
  .superRefine(dateRange('startsAt', 'endsAt', END_BEFORE_START));
export type TStudySessionUpdate = z.infer<typeof ZStudySessionUpdateSchema>;

export const ZAttendanceRowSchema = z.object({
  cadreId: z.uuid(),
  cadreName: z.string(),
  orgName: z.string(),
  post: z.string(),
  status: z.enum(ATTENDANCE_STATUSES),
  reason: z.string().nullable(),
  method: z.enum(ATTENDANCE_METHODS).nullable(),
  checkedInAt: ZDateTimeSchema.nullable(),
  updatedAt: ZDateTimeSchema,
});
export type TAttendanceRow = z.infer<typeof ZAttendanceRowSchema>;

export const ZAttendanceSchema = z.object({
  items: z.array(ZAttendanceRowSchema),
  counts: ZAttendanceCountsSchema,
});
export type TAttendance = z.infer<typeof ZAttendanceSchema>;

export const ZAttendancePutSchema = z.object({
  rows: z
    .array(
      z
        .object({
          cadreId: z.uuid(),
          status: z.enum(ATTENDANCE_STATUSES, '请选择出勤情况'),
          reason: text('请假或缺席事由', MAX_LEN.reason).nullable().default(null),
        })
        .superRefine((row, ctx) => {
          if (row.status === 'leave' && !row.reason)
            ctx.addIssue({ code: 'custom', path: ['reason'], message: '请假须填写事由' });
        }),
    )
    .min(1, '请至少登记一人')
    .max(MAX_ROSTER),
});
export type TAttendancePut = z.infer<typeof ZAttendancePutSchema>;

/** The rotating code the session's page shows as a QR (issue 13 §2). */
export const ZCheckInCodeSchema = z.object({
  token: z.string(),
  /** when this code stops being shown (it is still accepted for one more period) */
  expiresAt: ZDateTimeSchema,
  /** what the QR holds: the admin app's check-in page with the session and the token */
  url: z.string(),
  /** how long one code lasts, in seconds (the setting learning.checkinTokenSeconds) */
  seconds: z.number().int(),
});
export type TCheckInCode = z.infer<typeof ZCheckInCodeSchema>;

export const ZCheckInSchema = z.object({
  token: requiredText('签到码', 100, '签到码无效'),
});
export type TCheckIn = z.infer<typeof ZCheckInSchema>;

export const ZCheckInResultSchema = z.object({
  status: z.enum(ATTENDANCE_STATUSES),
  checkedInAt: ZDateTimeSchema.nullable(),
  /** true when this account had already checked in (a second scan changes nothing) */
  already: z.boolean(),
});
export type TCheckInResult = z.infer<typeof ZCheckInResultSchema>;
