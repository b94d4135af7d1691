import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { createdAt, idColumn, updatedAt } from './columns.ts';
import { cadres, contactPoints } from './org.ts';

/** 贫困户, 舆情户, 老党员户, 产业大户, 其他 */
export const HOUSEHOLD_CATEGORIES = [
  'poor',
  'opinion',
  'old_member',
  'large_producer',
  'other',
] as const;

export type HouseholdMember = { name: string; relation: string; note?: string };

/** 户 — a household at a grassroots contact point. Its unit is the contact point's unit. */
export const households = pgTable(
  'households',
  {
    id: idColumn(),
    contactPointId: uuid('contact_point_id')
      .notNull()
      .references(() => contactPoints.id),
    /** 户主 */
    headName: text('head_name').notNull(),
    /** 身份证号 (GB 11643), personal data: masked unless the viewer needs it; reads audited */
    idNumber: text('id_number'),
    phone: text('phone'),
    address: text('address').notNull().default(''),
    members: jsonb('members').$type<HouseholdMember[]>().notNull().default([]),
    categories: text('categories', { enum: HOUSEHOLD_CATEGORIES })
      .array()
      .notNull()
      .default(sql`'{}'`),
    notes: text('notes').notNull().default(''),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('households_contact_point_idx').on(t.contactPointId),
    // not unique: a number registered in another unit is accepted (the caller may not learn that
    // it exists) and the office merges such duplicates (households list, filter 重复身份证号)
    index('households_id_number_idx').on(t.idNumber),
  ],
);

/** 结对 — a cadre paired with a household; ended pairings stay as history. */
export const pairings = pgTable(
  'pairings',
  {
    id: idColumn(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
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

/**
 * 走访记录 — a cadre's stay at the contact point, one day or several consecutive days. A visit day
 * is a calendar day at the contact point: overlapping logs count each day once.
 */
export const visits = pgTable(
  'visits',
  {
    id: idColumn(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    contactPointId: uuid('contact_point_id')
      .notNull()
      .references(() => contactPoints.id),
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

/** The households met on a visit. */
export const visitHouseholds = pgTable(
  'visit_households',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
  },
  (t) => [
    uniqueIndex('visit_households_pk').on(t.visitId, t.householdId),
    index('visit_households_household_idx').on(t.householdId),
  ],
);

/** 帮扶 — an assistance measure for a (poor) household and its result. */
export const assistance = pgTable(
  'assistance',
  {
    id: idColumn(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
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

/** 职级变动 — a cadre's rank from a date on; compliance judges a month by the rank then. */
export const cadreRankHistory = pgTable(
  'cadre_rank_history',
  {
    id: idColumn(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    rank: text('rank', { enum: ['county', 'section', 'other'] }).notNull(),
    effectiveFrom: date('effective_from').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('cadre_rank_history_uq').on(t.cadreId, t.effectiveFrom)],
);
