import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

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
