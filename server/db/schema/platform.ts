import { integer, pgTable } from 'drizzle-orm/pg-core';

/**
 * 锁条 — a fixed set of rows (0 … 1023, seeded by the migration) that transactions lock to take
 * turns on a value that has no unique index to do it (an ID number that may repeat across
 * units): see `lockValues` in platform/lock-stripes.repo.ts. No advisory locks (CONVENTIONS rule 9).
 */
export const lockStripes = pgTable('lock_stripes', {
  stripe: integer('stripe').primaryKey(),
});
