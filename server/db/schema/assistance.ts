import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cadres } from './cadres.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { households } from './households.ts';
import { users } from './users.ts';

/** 帮扶 — an assistance measure for a (poor) household and its result. */
export const assistance = pgTable(
  'assistance',
  {
    id: idColumn(),
    householdId: refTo('household_id', () => households.id),
    cadreId: refTo('cadre_id', () => cadres.id),
    date: date('date').notNull(),
    measure: text('measure').notNull(),
    result: text('result').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('assistance_cadre_idx').on(t.cadreId, t.date),
    index('assistance_household_idx').on(t.householdId),
  ],
);
