import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ORG_KINDS } from '../../../common/terms.ts';
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
