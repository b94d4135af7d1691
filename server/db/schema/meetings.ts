import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ATTENDANCE_STATUSES, MEETING_KINDS } from '../../../common/rectification-terms.ts';
import { cadres } from './cadres.ts';
import { campaigns } from './campaigns.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';
import { rectifications } from './rectifications.ts';
import { users } from './users.ts';

/**
 * 民主生活会 / 组织生活会 — a unit's meeting of criticism and self-criticism: the record, the
 * measures and the report to the level above. Its roster and the items reviewed are child rows;
 * the rules (quorum, report within N days, 回头看) are checked from them with 系统设置's numbers.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: idColumn(),
    orgId: refTo('org_id', () => orgs.id),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    heldOn: date('held_on').notNull(),
    topic: text('topic').notNull(),
    place: text('place').notNull().default(''),
    /** 主持人 */
    host: text('host').notNull().default(''),
    /** 批评和自我批评记录 (the small markup of common/markup.ts, or plain text) */
    criticism: text('criticism').notNull().default(''),
    /** 整改措施 */
    measures: text('measures').notNull().default(''),
    /** 向上级报告的日期 */
    reportedOn: date('reported_on'),
    reportNote: text('report_note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('meetings_org_idx').on(t.orgId, t.heldOn)],
);

/** 应到人员 and whether each came; a reason when absent. */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    cadreId: refTo('cadre_id', () => cadres.id),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull(),
    reason: text('reason').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.cadreId] }),
    index('meeting_attendance_cadre_idx').on(t.cadreId),
    check('meeting_attendance_reason_ck', sql`${t.status} = 'present' or ${t.reason} <> ''`),
  ],
);

/** 回头看: last period's rectification items reviewed at the meeting. */
export const meetingReviewedItems = pgTable(
  'meeting_reviewed_items',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    rectificationId: uuid('rectification_id')
      .notNull()
      .references(() => rectifications.id, { onDelete: 'cascade' }),
    note: text('note').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.rectificationId] }),
    index('meeting_reviewed_items_item_idx').on(t.rectificationId),
  ],
);
