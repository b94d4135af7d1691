// No zod here: the admin app and the catalogs import these as values.

/** 学习座谈 / 观看 / 交流心得 / 其他 — what kind of session a unit holds (issue 13 §2). */
export const STUDY_SESSION_KINDS = ['seminar', 'viewing', 'exchange', 'other'] as const;
export type TStudySessionKind = (typeof STUDY_SESSION_KINDS)[number];
export const STUDY_SESSION_KIND_LABELS: Record<TStudySessionKind, string> = {
  seminar: '学习座谈',
  viewing: '观看',
  exchange: '交流心得',
  other: '其他',
};

/**
 * One cadre's attendance: 应到 (on the roster, not yet recorded), 出席, 迟到, 请假 (with a reason),
 * 缺席. The counts of a session are always these rows counted, never typed.
 */
export const ATTENDANCE_STATUSES = ['expected', 'present', 'late', 'leave', 'absent'] as const;
export type TAttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Record<TAttendanceStatus, string> = {
  expected: '未记录',
  present: '出席',
  late: '迟到',
  leave: '请假',
  absent: '缺席',
};

/** How a row was recorded: by the recorder (or a unit writer), or by the cadre scanning the QR code. */
export const ATTENDANCE_METHODS = ['recorder', 'qr'] as const;
export type TAttendanceMethod = (typeof ATTENDANCE_METHODS)[number];
export const ATTENDANCE_METHOD_LABELS: Record<TAttendanceMethod, string> = {
  recorder: '记录人登记',
  qr: '扫码签到',
};

/** 补录申请: none yet, asked, approved (for a while), refused — the late-entry workflow's states. */
export const LATE_ENTRY_STATES = ['none', 'requested', 'approved', 'refused'] as const;
export type TLateEntryState = (typeof LATE_ENTRY_STATES)[number];
export const LATE_ENTRY_STATE_LABELS: Record<TLateEntryState, string> = {
  none: '未申请',
  requested: '待批准',
  approved: '已批准',
  refused: '未批准',
};

/**
 * Whether records (attendance, minutes, attachments) may be written now: 未开始 (before the
 * start), 可登记 (the entry window), 补录中 (an approved late entry), 已截止 (after the window).
 */
export const ENTRY_STATES = ['before', 'open', 'late', 'closed'] as const;
export type TEntryState = (typeof ENTRY_STATES)[number];
export const ENTRY_STATE_LABELS: Record<TEntryState, string> = {
  before: '未开始',
  open: '可登记',
  late: '补录中',
  closed: '已截止',
};

/** The QR code is shown (and scanned) from this many minutes before the start until the end. */
export const CHECKIN_OPENS_MINUTES_BEFORE = 30;

/** The largest roster one session takes. */
export const MAX_ROSTER = 2000;
