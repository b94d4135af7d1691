import {
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

/**
 * 系统设置 — one rule that users may change, by key (the catalog in
 * server/modules/settings/settings.catalog.ts says what each key means and which values it takes).
 * Seeded with the 2014 values; changed by the admin, audited with old → new.
 */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** null: the seeded value, never changed */
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * 回执计数 — how many receipts (回执) went out today to one recipient or for submissions from one
 * address. The row is also the lock: counting and queuing a receipt take it in one transaction,
 * so two submissions at once never both slip under a cap. `key` is a keyed hash (no phone
 * number, e-mail or IP address in the clear); old days are swept.
 */
export const receiptCounts = pgTable(
  'receipt_counts',
  {
    key: text('key').notNull(),
    /** the day in China (Asia/Shanghai) */
    day: date('day').notNull(),
    sent: integer('sent').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.day] })],
);
