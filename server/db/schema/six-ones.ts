import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { cadres } from './cadres.ts';
import { campaigns } from './campaigns.ts';

/**
 * 六个一 facts per campaign and cadre: what the board and the dashboard's tile judge "done" by
 * (server/modules/six-ones/six-ones.repo.ts), so neither reads every leading cadre's cases,
 * documents and cards per request. Derived data, kept by database triggers on `cases`,
 * `campaigns`, `documents`, `card_records` and `letter_deliveries` (the six-ones migration) in the
 * same transaction as every write to them, whichever path writes them (API, import, seed, tests);
 * the definitions are the board's live ones (the module README, "What counts"). A pair without a
 * row, and a row of zeros and nulls, mean the same: nothing yet.
 */
export const sixOnesFacts = pgTable(
  'six_ones_facts',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    /** 调研课题 / 公开信: the cadre's document of the campaign (one per kind), its state and title */
    researchState: text('research_state'),
    researchTitle: text('research_title'),
    letterState: text('letter_state'),
    letterTitle: text('letter_title'),
    /** 连心卡: the 印制 records summed; the 发放 records summed and at how many contact points */
    printed: integer('printed').notNull().default(0),
    handed: integer('handed').notNull().default(0),
    handedPoints: integer('handed_points').notNull().default(0),
    /** the letter's deliveries, at how many contact points, how many copies */
    deliveries: integer('deliveries').notNull().default(0),
    deliveryPoints: integer('delivery_points').notNull().default(0),
    copies: integer('copies').notNull().default(0),
    /**
     * The cases created in the campaign's dates (China days), merged ones left out, written to or
     * handled by the cadre (a case both counts once): how many, still open, less 不予受理, signed
     * off, and the e-mails among those written to him.
     */
    mails: integer('mails').notNull().default(0),
    demands: integer('demands').notNull().default(0),
    openDemands: integer('open_demands').notNull().default(0),
    ledger: integer('ledger').notNull().default(0),
    signedOff: integer('signed_off').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'six_ones_facts_pk', columns: [t.campaignId, t.cadreId] })],
);
