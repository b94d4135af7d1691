import { boolean, date, pgTable, text } from 'drizzle-orm/pg-core';

/** 节假日 — public holidays (not working days) and 调休 weekend working days, for time limits. */
export const holidays = pgTable('holidays', {
  date: date('date').primaryKey(),
  name: text('name').notNull(),
  /** true: a Saturday or Sunday that is a working day (调休上班) */
  workday: boolean('workday').notNull().default(false),
});
