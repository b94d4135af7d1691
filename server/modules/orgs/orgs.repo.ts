import { and, asc, count, eq, ilike, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { cadres, contactPoints, orgs, users } from '../../db/schema/index.ts';
import { rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeWhere } from '../../platform/scope.repo.ts';

export type OrgRow = typeof orgs.$inferSelect;

// correlated sub-queries name the outer table explicitly: drizzle renders a bare column unqualified
const childCount =
  sql<number>`(select count(*) from "orgs" c where c.parent_id = "orgs"."id")`.mapWith(Number);
const cadreCount =
  sql<number>`(select count(*) from "cadres" k where k.org_id = "orgs"."id" and k.active)`.mapWith(
    Number,
  );

/**
 * The names of the units above, top first — names only: a unit admin's tree starts at their own
 * unit, and the units above it are shown by name (上级单位) but are not otherwise readable.
 */
const ancestorNames = sql<
  string[]
>`(select coalesce(json_agg(a.name order by length(a.path)), '[]'::json)
  from "orgs" a where a.id <> "orgs"."id" and "orgs"."path" like a.path || '%')`;

const orgColumns = {
  id: orgs.id,
  parentId: orgs.parentId,
  name: orgs.name,
  kind: orgs.kind,
  path: orgs.path,
  sortOrder: orgs.sortOrder,
  childCount,
  cadreCount,
  ancestorNames,
};

export async function listOrgs(db: DbOrTx, scope: Scope, q?: string) {
  const where = and(scopeWhere(scope, orgs.path), q ? ilike(orgs.name, `%${q}%`) : undefined);
  return db
    .select(orgColumns)
    .from(orgs)
    .where(where)
    .orderBy(asc(orgs.path), asc(orgs.sortOrder), asc(orgs.name));
}

/** The top-level units (no parent): the bureau, usually one. */
export function listRootOrgs(db: DbOrTx) {
  return db
    .select({ id: orgs.id, name: orgs.name, path: orgs.path })
    .from(orgs)
    .where(isNull(orgs.parentId))
    .orderBy(asc(orgs.sortOrder), asc(orgs.name));
}

/** A unit's id, name and path when it is in the scope (no counts: a read that only names it). */
export async function findUnit(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select({ id: orgs.id, name: orgs.name, path: orgs.path })
    .from(orgs)
    .where(and(eq(orgs.id, id), scopeWhere(scope, orgs.path)))
    .limit(1);
  return row;
}

export async function findOrg(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select(orgColumns)
    .from(orgs)
    .where(and(eq(orgs.id, id), scopeWhere(scope, orgs.path)))
    .limit(1);
  return row;
}

export async function insertOrg(
  db: DbOrTx,
  o: {
    id: string;
    parentId: string | null;
    name: string;
    kind: OrgRow['kind'];
    path: string;
    sortOrder: number;
  },
) {
  await db.insert(orgs).values(o);
}

export async function updateOrg(
  db: DbOrTx,
  id: string,
  patch: Partial<Pick<OrgRow, 'name' | 'kind' | 'sortOrder' | 'parentId'>>,
) {
  // an empty PATCH changes nothing (Drizzle refuses an UPDATE without columns)
  if (Object.values(patch).every((v) => v === undefined)) return;
  await db.update(orgs).set(patch).where(eq(orgs.id, id));
}

/** Re-roots a moved subtree: every path starting with oldPrefix now starts with newPrefix. */
export async function rewritePaths(db: DbOrTx, oldPrefix: string, newPrefix: string) {
  await db
    .update(orgs)
    .set({ path: sql`${newPrefix} || substr(${orgs.path}, ${oldPrefix.length + 1})` })
    .where(sql`${orgs.path} like ${`${oldPrefix}%`}`);
}

export async function countDependents(db: DbOrTx, id: string) {
  const [c] = await db.select({ n: count() }).from(orgs).where(eq(orgs.parentId, id));
  const [k] = await db.select({ n: count() }).from(cadres).where(eq(cadres.orgId, id));
  const [p] = await db
    .select({ n: count() })
    .from(contactPoints)
    .where(eq(contactPoints.orgId, id));
  const [u] = await db.select({ n: count() }).from(users).where(eq(users.orgId, id));
  return { children: c?.n ?? 0, cadres: k?.n ?? 0, contactPoints: p?.n ?? 0, users: u?.n ?? 0 };
}

const orgRows = rowsById(orgs);
export const deleteOrg = orgRows.remove;
