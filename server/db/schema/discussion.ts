import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  DISCUSSION_AUDIENCES,
  DISCUSSION_POST_STATES,
  DISCUSSION_REPORT_REASONS,
} from '../../../common/discussion-terms.ts';
import { cadres } from './cadres.ts';
import { campaigns } from './campaigns.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/**
 * 学习讨论「学习龚全珍，我该怎么做」 — a thread's opening post (`thread_id` null, with a title) or
 * a reply (`thread_id` the thread's id, the thread's audience). `state` moves by the workflow kind
 * `discussion_post` (hidden after reports, restored or removed by a moderator); `body` is plain
 * text or the small markup of common/markup.ts, never HTML.
 */
export const discussionPosts = pgTable(
  'discussion_posts',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    threadId: uuid('thread_id').references((): AnyPgColumn => discussionPosts.id),
    /** the author's unit when he wrote it */
    orgId: refTo('org_id', () => orgs.id),
    /** unit: the author's unit and the units below it; bureau: everyone */
    audience: text('audience', { enum: DISCUSSION_AUDIENCES }).notNull(),
    authorUserId: refTo('author_user_id', () => users.id),
    authorCadreId: uuid('author_cadre_id').references(() => cadres.id),
    title: text('title'),
    body: text('body').notNull(),
    state: text('state', { enum: DISCUSSION_POST_STATES }).notNull().default('visible'),
    /** reports since the last moderation (Decidim's `report_count`) */
    reportCount: integer('report_count').notNull().default(0),
    moderatedBy: uuid('moderated_by').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    moderationReason: text('moderation_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** the author's last edit (shown as 已编辑) */
    editedAt: timestamp('edited_at', { withTimezone: true }),
  },
  (t) => [
    index('discussion_posts_thread_idx').on(t.threadId, t.createdAt),
    index('discussion_posts_org_idx').on(t.orgId),
    index('discussion_posts_campaign_idx').on(t.campaignId, t.createdAt),
    index('discussion_posts_author_idx').on(t.authorUserId),
    check('discussion_posts_report_count_ck', sql`${t.reportCount} >= 0`),
    check('discussion_posts_title_ck', sql`(${t.threadId} is null) = (${t.title} is not null)`),
  ],
);

/** 举报 — once per person and post (the key), with its reason. */
export const discussionReports = pgTable(
  'discussion_reports',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => discussionPosts.id, { onDelete: 'cascade' }),
    userId: refTo('user_id', () => users.id),
    reason: text('reason', { enum: DISCUSSION_REPORT_REASONS }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);
