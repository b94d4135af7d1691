import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, refTo } from './columns.ts';
import { users } from './users.ts';

/** 站内通知 — an in-app notification to one user (reminders, escalations). */
export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    userId: refTo('user_id', () => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** a path in the admin app to open, e.g. /visits */
    link: text('link'),
    /** makes a reminder idempotent: one per user and key, e.g. "quota-reminder:2014-03" */
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
  ],
);
