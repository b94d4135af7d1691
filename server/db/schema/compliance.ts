import { date, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
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

/**
 * The dashboard's compliance figures per campaign, month and unit (the unit the cadres belong to):
 * the cadres the compliance list would show and those who met the quota, overall, for the leading
 * cadres and per rank. A cache kept by the reader, not by the writers: a write to anything the
 * figures depend on only adds a `compliance_marks` row (triggers, migration 0037); the next reader
 * deletes the cells the marks cover and computes the missing cells again
 * (server/modules/compliance/README.md, "The dashboard's figures"). No foreign keys: the reader
 * must never wait on a row a writer holds (a deleted unit's or campaign's cells are never read).
 */
export const complianceCells = pgTable(
  'compliance_cells',
  {
    campaignId: uuid('campaign_id').notNull(),
    /** the first day of the month */
    month: date('month').notNull(),
    orgId: uuid('org_id').notNull(),
    cadres: integer('cadres').notNull(),
    met: integer('met').notNull(),
    leadingCadres: integer('leading_cadres').notNull(),
    leadingMet: integer('leading_met').notNull(),
    countyCadres: integer('county_cadres').notNull(),
    countyMet: integer('county_met').notNull(),
    sectionCadres: integer('section_cadres').notNull(),
    sectionMet: integer('section_met').notNull(),
    otherCadres: integer('other_cadres').notNull(),
    otherMet: integer('other_met').notNull(),
  },
  (t) => [
    primaryKey({ name: 'compliance_cells_pk', columns: [t.campaignId, t.month, t.orgId] }),
    index('compliance_cells_org_idx').on(t.orgId, t.month),
  ],
);

/**
 * What changed since the cells were computed: each row covers the cells of a campaign (null:
 * every campaign), a unit (null: every unit) and a range of months (null ends: open). Only ever
 * inserted by triggers (never updated, so two writers never wait for each other) and deleted by
 * the reader that deletes the cells they cover. No key: rows are read and deleted all together.
 */
export const complianceMarks = pgTable('compliance_marks', {
  campaignId: uuid('campaign_id'),
  orgId: uuid('org_id'),
  fromMonth: date('from_month'),
  toMonth: date('to_month'),
});
