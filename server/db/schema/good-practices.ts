import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { GOOD_PRACTICE_KINDS } from '../../../common/good-practices-terms.ts';
import { campaigns } from './campaigns.ts';
import { createdAt, idColumn, refTo } from './columns.ts';
import { users } from './users.ts';

/**
 * 经验做法 — a report (调研报告), a reflection (心得体会) or a case the campaign office marks as a
 * practice that worked, with a short note, for a campaign (plan item 9, the lasting mechanism).
 * The campaign summary lists them; a campaign's copy carries them into the new campaign as
 * references (`sourceCampaignId`: the campaign they were marked in).
 */
export const goodPractices = pgTable(
  'good_practices',
  {
    id: idColumn(),
    campaignId: refTo('campaign_id', () => campaigns.id),
    /** 诉求件 or a reviewable document (调研课题, 心得体会) */
    kind: text('kind', { enum: GOOD_PRACTICE_KINDS }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** the document's kind (research, reflection) when `kind` is document; null for a case */
    documentKind: text('document_kind'),
    /** the subject's title when marked (a case: its tracking code and the start of its text) */
    title: text('title').notNull(),
    note: text('note').notNull().default(''),
    /** set on a reference carried by a copy: the campaign the practice was marked in */
    sourceCampaignId: uuid('source_campaign_id').references(() => campaigns.id),
    markedBy: uuid('marked_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('good_practices_subject_uq').on(t.campaignId, t.kind, t.subjectId),
    index('good_practices_subject_idx').on(t.kind, t.subjectId),
  ],
);
