import type {
  ZAttendancePutSchema,
  ZAttendanceSchema,
  ZCheckInCodeSchema,
  ZCheckInResultSchema,
  ZStudySessionCreateSchema,
  ZStudySessionDetailSchema,
  ZStudySessionSchema,
  ZStudySessionUpdateSchema,
} from '../../../../../common/study-sessions.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/study-sessions.ts); type-only, so no zod in the bundle.
export {
  ATTENDANCE_STATUSES as attendanceStatuses,
  CHECKIN_OPENS_MINUTES_BEFORE,
  STUDY_SESSION_KINDS as studySessionKinds,
  type TAttendanceStatus as AttendanceStatus,
  type TEntryState as EntryState,
  type TStudySessionKind as StudySessionKind,
} from '../../../../../common/study-session-terms.ts';

/** 学习座谈、观看: one row of the list, with its derived counts */
export type StudySession = TJson<typeof ZStudySessionSchema>;
export type StudySessionDetail = TJson<typeof ZStudySessionDetailSchema>;
export type StudySessionInput = TJson<typeof ZStudySessionCreateSchema>;
export type StudySessionPatch = TJson<typeof ZStudySessionUpdateSchema>;
export type Attendance = TJson<typeof ZAttendanceSchema>;
export type AttendanceRow = Attendance['items'][number];
export type AttendancePut = TJson<typeof ZAttendancePutSchema>;
export type CheckInCode = TJson<typeof ZCheckInCodeSchema>;
export type CheckInResult = TJson<typeof ZCheckInResultSchema>;
