import { and, asc, count, desc, eq, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import {
  cadres,
  contactPoints,
  householdIsPoor,
  households,
  orgs,
  pairings,
} from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { listPage, matching, type Page } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit } from '../../platform/scope.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

const cadreOrg = alias(orgs, 'cadre_org');

export type PairingFilter = {
  cadreId?: string;
  householdId?: string;
  /** the cadre's unit path: that unit and the units below it */
  orgPath?: string;
  active?: boolean;
  /** the cadre's name contains (as the overview's search) */
  q?: string;
};

const columns = {
  id: pairings.id,
  cadreId: pairings.cadreId,
  cadreName: cadres.name,
  cadreRank: cadres.rank,
  cadreOrgId: cadres.orgId,
  cadreOrgName: cadreOrg.name,
  householdId: pairings.householdId,
  householdHeadName: households.headName,
  householdCategories: households.categories,
  contactPointId: households.contactPointId,
  contactPointName: contactPoints.name,
  startDate: pairings.startDate,
  endDate: pairings.endDate,
  endReason: pairings.endReason,
  active: sql<boolean>`${pairings.endDate} is null`,
  createdAt: pairings.createdAt,
};

function selectPairings(db: DbOrTx) {
  return db
    .select(columns)
    .from(pairings)
    .innerJoin(cadres, eq(cadres.id, pairings.cadreId))
    .innerJoin(cadreOrg, eq(cadreOrg.id, cadres.orgId))
    .innerJoin(households, eq(households.id, pairings.householdId))
    .innerJoin(contactPoints, eq(contactPoints.id, households.contactPointId));
}

/** A pairing belongs to its cadre: it is in scope when the cadre's unit is. */
function whereOf(scope: Scope, f: PairingFilter): SQL | undefined {
  return and(
    scopeAndUnit(scope, f.orgPath, cadreOrg.path),
    f.cadreId ? eq(pairings.cadreId, f.cadreId) : undefined,
    f.householdId ? eq(pairings.householdId, f.householdId) : undefined,
    textSearch(f.q, cadres.name),
    f.active === true ? isNull(pairings.endDate) : undefined,
    f.active === false ? sql`${pairings.endDate} is not null` : undefined,
  );
}

/** What the list's WHERE looks at: the pairing's cadre and the cadre's unit. */
const countJoins = [
  { table: cadres, on: eq(cadres.id, pairings.cadreId) },
  { table: cadreOrg, on: eq(cadreOrg.id, cadres.orgId) },
];

export async function listPairings(db: DbOrTx, scope: Scope, f: PairingFilter, page: Page) {
  const where = whereOf(scope, f);
  return listPage(
    selectPairings(db)
      .where(where)
      .orderBy(
        sql`${pairings.endDate} is null desc`,
        desc(pairings.startDate),
        asc(cadres.name),
        asc(households.headName),
        asc(pairings.id),
      ),
    page,
    countWhere(db, pairings, countJoins, where),
  );
}

export async function findPairings(db: DbOrTx, scope: Scope, ids: string[]) {
  if (ids.length === 0) return [];
  return selectPairings(db).where(and(inArray(pairings.id, ids), whereOf(scope, {})));
}

/** The open pairings of a cadre among these households. */
export async function findOpenPairings(db: DbOrTx, cadreId: string, householdIds: string[]) {
  if (householdIds.length === 0) return [];
  return db
    .select({ id: pairings.id, householdId: pairings.householdId })
    .from(pairings)
    .where(
      and(
        eq(pairings.cadreId, cadreId),
        inArray(pairings.householdId, householdIds),
        isNull(pairings.endDate),
      ),
    );
}

/** Whether the cadre was paired with the household on that day. */
export async function wasPairedOn(db: DbOrTx, cadreId: string, householdId: string, day: string) {
  const [row] = await db
    .select({ id: pairings.id })
    .from(pairings)
    .where(
      and(
        matching(pairings, { cadreId, householdId }),
        lte(pairings.startDate, day),
        sql`(${pairings.endDate} is null or ${pairings.endDate} >= ${day})`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertPairings(db: DbOrTx, rows: (typeof pairings.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(pairings).values(rows).returning({ id: pairings.id });
}

export async function endPairing(db: DbOrTx, id: string, endDate: string, reason: string) {
  await db
    .update(pairings)
    .set({ endDate, endReason: reason })
    .where(and(eq(pairings.id, id), isNull(pairings.endDate)));
}

/** Ends every open pairing of a household (it was deactivated); returns how many. */
export async function endOpenPairingsOfHousehold(
  db: DbOrTx,
  householdId: string,
  endDate: string,
  reason: string,
): Promise<number> {
  const rows = await db
    .update(pairings)
    .set({ endDate: sql`greatest(${pairings.startDate}, ${endDate}::date)`, endReason: reason })
    .where(and(eq(pairings.householdId, householdId), isNull(pairings.endDate)))
    .returning({ id: pairings.id });
  return rows.length;
}

// ---- overview ----------------------------------------------------------------------------

const rankSeniority = sql`case ${cadres.rank} when 'county' then 0 when 'section' then 1 else 2 end`;

/**
 * Active county- and section-level cadres in scope with their open pairings and how many of them
 * are with poor households (贫困户: a category that counts as poor) — one grouped query, not a loop.
 */
export async function pairingOverview(
  db: DbOrTx,
  scope: Scope,
  f: { orgPath?: string; q?: string },
  page: Page,
) {
  const where = and(
    scopeAndUnit(scope, f.orgPath, orgs.path),
    eq(cadres.active, true),
    inArray(cadres.rank, ['county', 'section']),
    textSearch(f.q, cadres.name),
  );
  return listPage(
    db
      .select({
        cadreId: cadres.id,
        cadreName: cadres.name,
        rank: cadres.rank,
        leading: cadres.leading,
        orgId: cadres.orgId,
        orgName: orgs.name,
        openPairings: sql<number>`count(${pairings.id})::int`,
        poorPairings: sql<number>`(count(${pairings.id}) filter (where ${householdIsPoor(households.categories)}))::int`,
      })
      .from(cadres)
      .innerJoin(orgs, eq(orgs.id, cadres.orgId))
      .leftJoin(pairings, and(eq(pairings.cadreId, cadres.id), isNull(pairings.endDate)))
      .leftJoin(households, eq(households.id, pairings.householdId))
      .where(where)
      .groupBy(cadres.id, orgs.name)
      .orderBy(desc(cadres.leading), asc(rankSeniority), asc(cadres.name), asc(cadres.id)),
    page,
    db.select({ n: count() }).from(cadres).innerJoin(orgs, eq(orgs.id, cadres.orgId)).where(where),
  );
}
