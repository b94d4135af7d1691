import type {
  ZAttendanceItemSchema,
  ZMeetingDetailSchema,
  ZMeetingSchema,
} from '../../../../../common/meetings.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/meetings.ts); type-only, so no zod in the bundle.
export {
  ATTENDANCE_STATUSES,
  attendanceStatusLabels,
  MEETING_KINDS,
  MEETING_LEN,
  MEETING_RULES,
  meetingKindLabels,
  meetingRuleLabels,
  type TMeetingKind,
} from '../../../../../common/rectification-terms.ts';

/** 民主生活会 / 组织生活会 as the list shows it, with its three checks. */
export type Meeting = TJson<typeof ZMeetingSchema>;
export type MeetingDetail = TJson<typeof ZMeetingDetailSchema>;
export type MeetingCheck = Meeting['checks'][number];
export type AttendanceItem = TJson<typeof ZAttendanceItemSchema>;

/** One line of the roster in the form (the name shown beside the cadre's id). */
export type RosterLine = AttendanceItem & { cadreName: string };
