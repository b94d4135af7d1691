import { boolean, date, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { GENDERS, RANKS } from '../../../common/terms.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';

/** 党员干部 — a cadre or party member of a unit. */
export const cadres = pgTable(
  'cadres',
  {
    id: idColumn(),
    orgId: refTo('org_id', () => orgs.id),
    name: text('name').notNull(),
    gender: text('gender', { enum: GENDERS }),
    /** 职级: 县级 county-level, 科级 section-level, 一般 other */
    rank: text('rank', { enum: RANKS }).notNull(),
    post: text('post').notNull().default(''),
    phone: text('phone'),
    email: text('email'),
    /** 领导干部 — holds a leading post; leads by example (带头示范) */
    leading: boolean('leading').notNull().default(false),
    partyMember: boolean('party_member').notNull().default(true),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('cadres_org_idx').on(t.orgId), index('cadres_name_idx').on(t.name)],
);

/** 职级变动 — a cadre's rank from a date on; compliance judges a month by the rank then. */
export const cadreRankHistory = pgTable(
  'cadre_rank_history',
  {
    id: idColumn(),
    cadreId: refTo('cadre_id', () => cadres.id),
    rank: text('rank', { enum: RANKS }).notNull(),
    effectiveFrom: date('effective_from').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('cadre_rank_history_uq').on(t.cadreId, t.effectiveFrom)],
);
