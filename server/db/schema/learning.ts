import { index, integer, numeric, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { cadres } from './cadres.ts';
import { campaigns } from './campaigns.ts';
import { orgs } from './orgs.ts';

/**
 * 学习参与 per cadre and campaign: what the learning list counts from the records of the other
 * learning modules (materials studied, the sessions' rosters, posts, reflections, service), kept
 * by database triggers on those tables in the same transaction as every write to them, whichever
 * path writes them (API, import, seed, bulk generator). Derived data: a cadre and campaign with
 * nothing counted has no row. Recounted from the records under a lock of the cadre's row, so it is
 * exact whatever the order of concurrent writes; the unit tables below follow its changes.
 *
 * `sessions_roster` counts every roster place of the campaign's sessions, started or not: a
 * session is due only once it has started, which moves with the clock, so the reader subtracts
 * the places of sessions not yet started (few, by the sessions' campaign index).
 */
export const learningCadreFacts = pgTable(
  'learning_cadre_facts',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    /** 已学: online materials of the campaign studied */
    materialsViewed: integer('materials_viewed').notNull().default(0),
    /** places on the campaign's sessions' rosters (应到), started or not */
    sessionsRoster: integer('sessions_roster').notNull().default(0),
    /** 出席 or 迟到 */
    sessionsAttended: integer('sessions_attended').notNull().default(0),
    sessionsLeave: integer('sessions_leave').notNull().default(0),
    sessionsAbsent: integer('sessions_absent').notNull().default(0),
    /** posts of the discussion not removed by a moderator */
    posts: integer('posts').notNull().default(0),
    /** 心得体会 submitted (any state but 草稿) */
    reflections: integer('reflections').notNull().default(0),
    /** … of which approved or published */
    reflectionsApproved: integer('reflections_approved').notNull().default(0),
    volunteerHours: numeric('volunteer_hours', { mode: 'number' }).notNull().default(0),
    /** 选派一线 postings */
    frontline: integer('frontline').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'learning_cadre_facts_pk', columns: [t.campaignId, t.cadreId] }),
    // the triggers recount by cadre
    index('learning_cadre_facts_cadre_idx').on(t.cadreId),
  ],
);

/**
 * The same summed per campaign and unit over the unit's active cadres (the cadres' unit now, as the
 * learning list groups): what the per-unit roll-up (`GET /api/learning/units`, the dashboard's
 * 学习参与 tile) reads — one row per unit instead of a pass over every cadre or record. Each
 * recount of a cadre adds the difference between his old and new rows to his unit's, and the
 * trigger on `cadres` moves a cadre's rows along when he changes unit or is made (in)active:
 * added, never recounted, so concurrent writes for two cadres of one unit need no lock of the
 * unit. Rows are never removed (a unit's figures may come back to 0); the leave, absence,
 * approval and posting counts are not summed (the roll-up shows none).
 *
 * The functions and triggers, and the backfill, are SQL of the migration
 * (migration 0036).
 */
export const learningUnitFacts = pgTable(
  'learning_unit_facts',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    materialsViewed: integer('materials_viewed').notNull().default(0),
    sessionsRoster: integer('sessions_roster').notNull().default(0),
    sessionsAttended: integer('sessions_attended').notNull().default(0),
    posts: integer('posts').notNull().default(0),
    reflections: integer('reflections').notNull().default(0),
    volunteerHours: numeric('volunteer_hours', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ name: 'learning_unit_facts_pk', columns: [t.campaignId, t.orgId] })],
);

/**
 * Active cadres per unit (the roll-up lists the units that have any, with their number), kept by
 * triggers on `cadres` additively; a unit left with none keeps its row at 0.
 */
export const learningUnitCadres = pgTable('learning_unit_cadres', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  cadres: integer('cadres').notNull().default(0),
});
