import { jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns.ts';
import { updatedAt } from './columns.ts';
import { users } from './users.ts';

/**
 * 对照检查的标准与根源方面 — a campaign's headings of its self-examination reports
 * (common/self-exams.ts, DEFAULT_SELF_EXAM_HEADINGS when there is no row), edited by the office.
 * Like the six ones' rules, data per campaign; kept beside the campaign rather than in it so the
 * campaigns table stays the campaigns module's.
 */
export const selfExamHeadings = pgTable('self_exam_headings', {
  campaignId: uuid('campaign_id')
    .primaryKey()
    .references(() => campaigns.id),
  headings: jsonb('headings').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: updatedAt(),
});
