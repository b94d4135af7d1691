import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  ATTENDANCE_METHODS,
  ATTENDANCE_STATUSES,
  STUDY_SESSION_KINDS,
} from '../../../common/study-session-terms.ts';
import { cadres } from './cadres.ts';
import { campaigns } from './campaigns.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/** 补录申请 states as stored: null = never asked (the workflow reads it as 'none'). */
const STORED_LATE_STATES = ['requested', 'approved', 'refused'] as const;

/**
 * 学习座谈、观看 (issue 13 §2) — a session a unit holds: kind, time, place, presenter, the recorder
 * (a cadre of the unit), the minutes and, when written up after the entry window, the office's
 * decision on the late entry (补录申请, a workflow kind: events in workflow_events).
 */
export const studySessions = pgTable(
  'study_sessions',
  {
    id: idColumn(),
    /** the holding unit: scope follows it */
    orgId: refTo('org_id', () => orgs.id),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    kind: text('kind', { enum: STUDY_SESSION_KINDS }).notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull().default(''),
    /** 主讲人 / 主持人, as typed (may be someone from outside) */
    presenter: text('presenter').notNull().default(''),
    /** 记录人: a cadre of the unit who takes attendance and writes the minutes */
    recorderCadreId: uuid('recorder_cadre_id').references(() => cadres.id),
    /** 学习资料 studied (another module's table: a plain id, no foreign key) */
    materialId: uuid('material_id'),
    /** 会议记录, in the small markup of common/markup.ts (never HTML) */
    minutes: text('minutes').notNull().default(''),
    lateState: text('late_state', { enum: STORED_LATE_STATES }),
    lateReason: text('late_reason'),
    lateDecidedBy: uuid('late_decided_by').references(() => users.id),
    lateDecidedAt: timestamp('late_decided_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('study_sessions_org_starts_idx').on(t.orgId, t.startsAt),
    index('study_sessions_campaign_idx').on(t.campaignId),
    check('study_sessions_period_ck', sql`${t.endsAt} > ${t.startsAt}`),
    check(
      'study_sessions_late_state_ck',
      sql`${t.lateState} is null or ${t.lateState} in ('requested', 'approved', 'refused')`,
    ),
  ],
);

/**
 * One cadre on a session's roster (应到) and what became of him: present, late, on leave (with a
 * reason), absent, or not yet recorded. Counts are these rows counted.
 */
export const sessionAttendance = pgTable(
  'session_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => studySessions.id, { onDelete: 'cascade' }),
    cadreId: refTo('cadre_id', () => cadres.id),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull().default('expected'),
    /** 请假 / 缺席 事由 (required for leave) */
    reason: text('reason'),
    method: text('method', { enum: ATTENDANCE_METHODS }),
    /** the server's time of a QR check-in */
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    recordedBy: uuid('recorded_by').references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'session_attendance_pk', columns: [t.sessionId, t.cadreId] }),
    index('session_attendance_cadre_idx').on(t.cadreId),
    check(
      'session_attendance_status_ck',
      sql`${t.status} in ('expected', 'present', 'late', 'leave', 'absent')`,
    ),
    check(
      'session_attendance_leave_reason_ck',
      sql`${t.status} <> 'leave' or ${t.reason} is not null`,
    ),
  ],
);
