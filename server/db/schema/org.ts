import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CONTACT_POINT_KINDS, GENDERS, ORG_KINDS, RANKS } from '../../../common/terms.ts';
import { createdAt, idColumn, updatedAt } from './columns.ts';

/**
 * 组织 — a node of the organisation tree: 局 → 局机关科室 / 局属单位 → 党总支 → 党支部, any depth.
 * `path` is the materialised path of ids ("/root/child/self/") so that "this unit and every unit
 * below it" is one indexed LIKE — the access scope of every query.
 */
export const orgs = pgTable(
  'orgs',
  {
    id: idColumn(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    kind: text('kind', {
      enum: ORG_KINDS,
    }).notNull(),
    path: text('path').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('orgs_parent_idx').on(t.parentId),
    index('orgs_path_idx').on(t.path.op('text_pattern_ops')),
    uniqueIndex('orgs_sibling_name_uq').on(
      sql`coalesce(${t.parentId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.name,
    ),
  ],
);

/** 党员干部 — a cadre or party member of a unit. */
export const cadres = pgTable(
  'cadres',
  {
    id: idColumn(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
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

/** 基层联系点 — the village or community a unit is linked to; cadres go there to visit households. */
export const contactPoints = pgTable(
  'contact_points',
  {
    id: idColumn(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: CONTACT_POINT_KINDS }).notNull(),
    county: text('county').notNull().default(''),
    address: text('address').notNull().default(''),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('contact_points_org_idx').on(t.orgId)],
);
