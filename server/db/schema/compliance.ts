import { date, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { cadres } from './cadres.ts';

/**
 * Days at the contact point per cadre and month: the number of distinct calendar days covered by
 * the cadre's visits within the month (two logs on one day count once). Derived data, kept by
 * database triggers on `visits` (migration 0008) in the same transaction as every write to visits,
 * whichever path writes them (API, import, seed, bulk generator); rows with 0 days are absent.
 * The monthly compliance reads it instead of expanding every visit into days.
 */
export const cadreMonthDays = pgTable(
  'cadre_month_days',
  {
    /** the first day of the month */
    month: date('month').notNull(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    days: integer('days').notNull(),
  },
  (t) => [primaryKey({ name: 'cadre_month_days_pk', columns: [t.month, t.cadreId] })],
);
