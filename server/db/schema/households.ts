import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from './columns.ts';
import { contactPoints } from './contact-points.ts';

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
