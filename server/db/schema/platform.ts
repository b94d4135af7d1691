import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { createdAt, idColumn } from './columns.ts';

/**
 * 附件 — a stored file (photo, scan, document). The bytes live in file storage (DATA_DIR/files by
 * default) under `storageKey`; the row says what it is and which record owns it.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: idColumn(),
    /** what kind of record owns it, e.g. 'visit', 'assignment_report' */
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id'),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    storageKey: text('storage_key').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_owner_idx').on(t.ownerType, t.ownerId)],
);

/** 站内通知 — an in-app notification to one user (reminders, escalations). */
export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
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

/**
 * 锁条 — a fixed set of rows (0 … 1023, seeded by the migration) that transactions lock to take
 * turns on a value that has no unique index to do it (an ID number that may repeat across
 * units): see `lockValues` in platform/lock-stripes.repo.ts. No advisory locks (CONVENTIONS rule 9).
 */
export const lockStripes = pgTable('lock_stripes', {
  stripe: integer('stripe').primaryKey(),
});
