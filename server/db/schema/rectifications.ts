import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { RECTIFICATION_STATES } from '../../../common/rectification-terms.ts';
import { cadres } from './cadres.ts';
import { campaigns } from './campaigns.ts';
import { cases } from './cases.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { documents } from './documents.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/**
 * 整改清单 — one problem a cadre found in his self-examination (or that the masses raised), with
 * the measure, who is responsible and by when; it moves 待整改 → 整改中 → 申请销号 → 已销号 through
 * the workflow engine (modules/rectifications/lifecycle.ts). `org_id` is the cadre's unit when
 * the item was made: scope and the unit's sign-off follow it.
 */
export const rectifications = pgTable(
  'rectifications',
  {
    id: idColumn(),
    cadreId: refTo('cadre_id', () => cadres.id),
    orgId: refTo('org_id', () => orgs.id),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    /** 对照检查材料: the self-examination report (a `documents` row of kind self_exam) it comes from */
    selfExamId: uuid('self_exam_id').references(() => documents.id),
    /** which of the five standards (信念坚定、为民服务 …) the problem falls under */
    standard: text('standard'),
    problem: text('problem').notNull(),
    measure: text('measure').notNull(),
    /** 责任人 */
    responsible: text('responsible').notNull(),
    /** 整改时限 */
    deadline: date('deadline').notNull(),
    state: text('state', { enum: RECTIFICATION_STATES }).notNull().default('open'),
    /** the citizen's case that raised the problem: signed off only after the case's rating loop */
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    /** 整改佐证: what was done, in words (files are attachments of owner `rectification`) */
    evidence: text('evidence').notNull().default(''),
    /** the last progress reported (the timeline keeps every one) */
    progressNote: text('progress_note').notNull().default(''),
    doneAt: timestamp('done_at', { withTimezone: true }),
    signedOffBy: uuid('signed_off_by').references(() => users.id),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    /** the last overdue reminder sent to the cadre's accounts */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('rectifications_org_idx').on(t.orgId, t.state),
    index('rectifications_cadre_idx').on(t.cadreId),
    index('rectifications_campaign_idx').on(t.campaignId),
    index('rectifications_case_idx').on(t.caseId).where(sql`${t.caseId} is not null`),
    index('rectifications_deadline_idx').on(t.deadline).where(sql`${t.state} <> 'done'`),
    // 已销号 always says when and by whom
    check(
      'rectifications_done_ck',
      sql`(${t.state} = 'done') = (${t.doneAt} is not null and ${t.signedOffAt} is not null)`,
    ),
  ],
);
