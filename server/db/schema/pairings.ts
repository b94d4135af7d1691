import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cadres } from './cadres.ts';
import { createdAt, idColumn, refTo } from './columns.ts';
import { households } from './households.ts';
import { users } from './users.ts';

/** 结对 — a cadre paired with a household; ended pairings stay as history. */
export const pairings = pgTable(
  'pairings',
  {
    id: idColumn(),
    cadreId: refTo('cadre_id', () => cadres.id),
    householdId: refTo('household_id', () => households.id),
    startDate: date('start_date').notNull(),
    /** null while the pairing lasts; the last day it counted otherwise */
    endDate: date('end_date'),
    endReason: text('end_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('pairings_cadre_idx').on(t.cadreId),
    index('pairings_household_idx').on(t.householdId),
    uniqueIndex('pairings_open_uq').on(t.cadreId, t.householdId).where(sql`${t.endDate} is null`),
  ],
);
