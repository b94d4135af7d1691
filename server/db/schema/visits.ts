import { date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cadres } from './cadres.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { contactPoints } from './contact-points.ts';
import { households } from './households.ts';
import { users } from './users.ts';

/**
 * 走访记录 — a cadre's stay at the contact point, one day or several consecutive days. A visit day
 * is a calendar day at the contact point: overlapping logs count each day once.
 */
export const visits = pgTable(
  'visits',
  {
    id: idColumn(),
    cadreId: refTo('cadre_id', () => cadres.id),
    contactPointId: refTo('contact_point_id', () => contactPoints.id),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    /** 听到了什么 */
    heard: text('heard').notNull().default(''),
    /** 做了什么 */
    done: text('done').notNull().default(''),
    /** the phone's own id for this log: a retried upload is recognised, not stored twice */
    clientId: text('client_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('visits_cadre_date_idx').on(t.cadreId, t.startDate),
    uniqueIndex('visits_client_id_uq').on(t.clientId),
  ],
);

/** The households met on a visit. */
export const visitHouseholds = pgTable(
  'visit_households',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    householdId: refTo('household_id', () => households.id),
  },
  (t) => [
    uniqueIndex('visit_households_pk').on(t.visitId, t.householdId),
    index('visit_households_household_idx').on(t.householdId),
  ],
);
