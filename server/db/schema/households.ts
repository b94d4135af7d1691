import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { contactPoints } from './contact-points.ts';

/**
 * 住户类别 — the categories a household may carry (贫困户, 舆情户, 老党员户, 产业大户, 其他 in 2014,
 * seeded by migration 0021). Data, not code: the admin renames, orders, retires (never deletes:
 * households keep their codes) and adds categories, and `countsAsPoor` says which ones the
 * "帮扶贫困户" figures count. Every code in `households.categories` is a row here (a trigger checks it,
 * migration 0022).
 */
export const householdCategories = pgTable('household_categories', {
  code: text('code').primaryKey(),
  label: text('label').notNull().unique(),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
  countsAsPoor: boolean('counts_as_poor').notNull().default(false),
  updatedAt: updatedAt(),
});

/**
 * SQL: whether a household with these category codes counts as poor (贫困户) — one of them has
 * `counts_as_poor`. The one place that says which households are poor: pairings' overview and
 * compliance's "帮扶贫困户" use it, never a code literal. The sub-query runs once per statement.
 */
export const householdIsPoor = (categories: SQL | AnyPgColumn) =>
  sql`${categories} && array(select ${householdCategories.code} from ${householdCategories} where ${householdCategories.countsAsPoor})`;

export type HouseholdMember = { name: string; relation: string; note?: string };

/** 户 — a household at a grassroots contact point. Its unit is the contact point's unit. */
export const households = pgTable(
  'households',
  {
    id: idColumn(),
    contactPointId: refTo('contact_point_id', () => contactPoints.id),
    /** 户主 */
    headName: text('head_name').notNull(),
    /** 身份证号 (GB 11643), personal data: masked unless the viewer needs it; reads audited */
    idNumber: text('id_number'),
    phone: text('phone'),
    address: text('address').notNull().default(''),
    members: jsonb('members').$type<HouseholdMember[]>().notNull().default([]),
    /** codes of household_categories */
    categories: text('categories').array().notNull().default(sql`'{}'`),
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
