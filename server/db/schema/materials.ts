import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { MATERIAL_KINDS } from '../../../common/materials-terms.ts';
import { cadres } from './cadres.ts';
import { campaigns } from './campaigns.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/**
 * 学习资料 — what the campaign office gives units to study (plan item 1): the report meeting's DVD,
 * 《龚全珍日记选》, readers, the plays as videos or links, the ringtone. Files are attachments
 * (owner type `material`).
 */
export const materials = pgTable(
  'materials',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    kind: text('kind', { enum: MATERIAL_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** printed copies available to send; null: not counted */
    copies: integer('copies'),
    /** an online address, http(s) only */
    link: text('link'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('materials_campaign_idx').on(t.campaignId),
    check('materials_copies_ck', sql`${t.copies} is null or ${t.copies} >= 0`),
    check('materials_link_ck', sql`${t.link} is null or ${t.link} ~* '^https?://'`),
  ],
);

/**
 * 发放 — copies of a material sent to one unit on a day, and the unit's receipt (签收: who, when,
 * how many, a note; a photo is an attachment of owner type `material_receipt`). One row per
 * material and unit.
 */
export const materialDistributions = pgTable(
  'material_distributions',
  {
    id: idColumn(),
    materialId: refTo('material_id', () => materials.id),
    /** the receiving unit */
    orgId: refTo('org_id', () => orgs.id),
    quantity: integer('quantity').notNull(),
    sentOn: date('sent_on').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    receivedBy: uuid('received_by').references(() => users.id),
    receivedQuantity: integer('received_quantity'),
    receiptNote: text('receipt_note'),
    /** the last reminder to the unit's admins (at most one a day) */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('material_distributions_material_org_uq').on(t.materialId, t.orgId),
    index('material_distributions_org_idx').on(t.orgId),
    check('material_distributions_quantity_ck', sql`${t.quantity} > 0`),
    check(
      'material_distributions_receipt_ck',
      sql`(${t.receivedAt} is null) = (${t.receivedQuantity} is null)`,
    ),
  ],
);

/** 已学 — a cadre studied an online material: one row per cadre and material, the first time kept. */
export const materialViews = pgTable(
  'material_views',
  {
    materialId: refTo('material_id', () => materials.id),
    cadreId: refTo('cadre_id', () => cadres.id),
    viewedAt: timestamp('viewed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'material_views_pk', columns: [t.materialId, t.cadreId] }),
    index('material_views_cadre_idx').on(t.cadreId),
  ],
);
