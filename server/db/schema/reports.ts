import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REPORT_KINDS } from '../../../common/report-terms.ts';
import { campaigns } from './campaigns.ts';
import { createdAt, idColumn } from './columns.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/**
 * 报告 — a generated 月报 (monthly report) or 活动总结 (campaign summary): its figures as they were
 * when it was made (`snapshot`, the dashboard's answer plus the report's lists), so the Word and
 * Excel files of a past report never change. `org_id` null is the bureau's report;
 * `generated_by` null is the job's (on the 1st, for the month before).
 */
export const reports = pgTable(
  'reports',
  {
    id: idColumn(),
    kind: text('kind', { enum: REPORT_KINDS }).notNull(),
    title: text('title').notNull(),
    /** YYYY-MM of a monthly report */
    month: text('month'),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    orgId: uuid('org_id').references(() => orgs.id),
    snapshot: jsonb('snapshot').notNull(),
    generatedBy: uuid('generated_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('reports_created_idx').on(t.createdAt),
    index('reports_org_idx').on(t.orgId),
    // the job's bureau report of a month is made once, however many servers run the job
    uniqueIndex('reports_job_month_uq')
      .on(t.kind, t.month)
      .where(sql`${t.generatedBy} is null and ${t.orgId} is null`),
  ],
);
