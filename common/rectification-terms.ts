/**
 * The words of 整改清单 (rectification items) and 民主生活会 / 组织生活会 (meetings), without zod, so
 * the admin app imports them as values. `common/rectifications.ts` and `common/meetings.ts` hold
 * the API's schemas.
 */

import { MAX_LEN } from './limits.ts';

/** 待整改 → 整改中 → 申请销号 → 已销号 (退回: back to 整改中) */
export const RECTIFICATION_STATES = ['open', 'in_progress', 'submitted', 'done'] as const;
export type TRectificationState = (typeof RECTIFICATION_STATES)[number];

export const rectificationStateLabels: Record<TRectificationState, string> = {
  open: '待整改',
  in_progress: '整改中',
  submitted: '申请销号',
  done: '已销号',
};

/** The steps of an item (server/modules/rectifications/lifecycle.ts). */
export const RECTIFICATION_ACTIONS = [
  'start',
  'progress',
  'submit',
  'sign_off',
  'return',
  'reopen',
] as const;
export type TRectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/**
 * Whether an item linked to a citizen's case may be signed off now (the case's side only):
 * `ok` — the case is closed (已销号, or 已办结 and rated 满意/基本满意, or no citizen can rate it);
 * `open` — still being handled; `awaiting_rating` — answered, the citizen has not rated yet;
 * `dissatisfied` — the citizen said 不满意 (the case was reopened or escalated).
 */
export const CASE_GATES = ['ok', 'open', 'awaiting_rating', 'dissatisfied'] as const;
export type TCaseGate = (typeof CASE_GATES)[number];

export const caseGateLabels: Record<TCaseGate, string> = {
  ok: '关联诉求件已办结，可以销号',
  open: '关联诉求件尚未办结',
  awaiting_rating: '关联诉求件已答复，等待群众评价',
  dissatisfied: '群众对关联诉求件的答复不满意',
};

/** 民主生活会 (leading groups) and 组织生活会 (party branches) */
export const MEETING_KINDS = ['democratic', 'organizational'] as const;
export type TMeetingKind = (typeof MEETING_KINDS)[number];

export const meetingKindLabels: Record<TMeetingKind, string> = {
  democratic: '民主生活会',
  organizational: '组织生活会',
};

/** 出席 / 缺席 (a reason is required when absent) */
export const ATTENDANCE_STATUSES = ['present', 'absent'] as const;
export type TAttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const attendanceStatusLabels: Record<TAttendanceStatus, string> = {
  present: '出席',
  absent: '缺席',
};

/**
 * The rules a meeting is checked against (the party's regulations, numbers in 系统设置):
 * 到会人数不少于应到人数的三分之二; 会后 15 日内向上级报告; 回头看 last period's rectification items.
 */
export const MEETING_RULES = ['quorum', 'reported', 'reviewed'] as const;
export type TMeetingRule = (typeof MEETING_RULES)[number];

export const meetingRuleLabels: Record<TMeetingRule, string> = {
  quorum: '到会人数',
  reported: '向上级报告',
  reviewed: '整改回头看',
};

/** How long the words of an item may be. */
export const RECTIFICATION_LEN = {
  standard: 50,
  problem: 2000,
  measure: 2000,
  responsible: 50,
  evidence: MAX_LEN.longText,
  progressNote: MAX_LEN.note,
} as const;

/** How long the words of a meeting may be. */
export const MEETING_LEN = {
  topic: 200,
  place: 100,
  host: MAX_LEN.personName,
  criticism: MAX_LEN.documentBody,
  measures: MAX_LEN.longText,
  reportNote: MAX_LEN.note,
  reason: MAX_LEN.reason,
  reviewNote: MAX_LEN.reason,
} as const;
