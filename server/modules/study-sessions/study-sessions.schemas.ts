import { dateRange } from '../../../common/fields.ts';
import { listOf, ZDateSchema, ZPageQuerySchema, ZQueryBoolSchema } from '../../../common/paging.ts';
import { STUDY_SESSION_KINDS } from '../../../common/study-session-terms.ts';
import { ZStudySessionSchema } from '../../../common/study-sessions.ts';
import { z } from '../../../common/zod.ts';

export {
  ZAttendancePutSchema,
  ZAttendanceSchema,
  ZCheckInCodeSchema,
  ZCheckInResultSchema,
  ZCheckInSchema,
  ZStudySessionCreateSchema,
  ZStudySessionDetailSchema,
  ZStudySessionSchema,
  ZStudySessionUpdateSchema,
} from '../../../common/study-sessions.ts';

const filterFields = {
  q: ZPageQuerySchema.shape.q,
  orgId: z.uuid().optional().describe('举办单位（含下级单位）'),
  kind: z.enum(STUDY_SESSION_KINDS).optional().describe('形式'),
  campaignId: z.uuid().optional().describe('活动'),
  from: ZDateSchema.optional().describe('开始日期不早于'),
  to: ZDateSchema.optional().describe('开始日期不晚于'),
  mine: ZQueryBoolSchema.optional().describe('true：只看本人在应到名单中的（我的学习）'),
};

export const ZStudySessionFilterSchema = z
  .object(filterFields)
  .superRefine(dateRange('from', 'to'));
export type TStudySessionFilter = z.infer<typeof ZStudySessionFilterSchema>;

export const ZStudySessionListQuerySchema = ZPageQuerySchema.extend(filterFields).superRefine(
  dateRange('from', 'to'),
);
export type TStudySessionListQuery = z.infer<typeof ZStudySessionListQuerySchema>;
export const ZStudySessionListSchema = listOf(ZStudySessionSchema);
