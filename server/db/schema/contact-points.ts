import { doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';
import { CONTACT_POINT_KINDS } from '../../../common/terms.ts';
import { createdAt, idColumn, refTo, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';

/** 基层联系点 — the village or community a unit is linked to; cadres go there to visit households. */
export const contactPoints = pgTable(
  'contact_points',
  {
    id: idColumn(),
    orgId: refTo('org_id', () => orgs.id),
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
