import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { cadreRankHistory, cadres, orgs } from '../../db/schema/index.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

export type CadreRow = typeof cadres.$inferSelect;

export type CadreFilter = {
  q?: string;
  /** a unit's path: that unit and the units below it */
  orgPath?: string;
  rank?: CadreRow['rank'];
  leading?: boolean;
  active?: boolean;
};

const columns = {
  id: cadres.id,
  orgId: cadres.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  name: cadres.name,
  gender: cadres.gender,
  rank: cadres.rank,
  post: cadres.post,
  phone: cadres.phone,
  email: cadres.email,
  leading: cadres.leading,
  partyMember: cadres.partyMember,
  active: cadres.active,
  createdAt: cadres.createdAt,
  updatedAt: cadres.updatedAt,
};

function whereOf(scope: Scope, f: CadreFilter): SQL | undefined {
  return and(
    scopeAndUnit(scope, f.orgPath, orgs.path),
    f.rank ? eq(cadres.rank, f.rank) : undefined,
    f.leading !== undefined ? eq(cadres.leading, f.leading) : undefined,
    f.active !== undefined ? eq(cadres.active, f.active) : undefined,
    textSearch(f.q, cadres.name, cadres.phone, cadres.post),
  );
}

/** Seniority of a rank: 县级 before 科级 before 一般 (the text values would sort county, other, section). */
const rankSeniority = sql`case ${cadres.rank} when 'county' then 0 when 'section' then 1 else 2 end`;

/** Leading cadres first (带头示范), then by rank (senior first) and name. */
const order = [desc(cadres.leading), asc(rankSeniority), asc(cadres.name), asc(cadres.id)];

export async function listCadres(db: DbOrTx, scope: Scope, f: CadreFilter, page: Page) {
  const where = whereOf(scope, f);
  return listPage(
    db
      .select(columns)
      .from(cadres)
      .innerJoin(orgs, eq(orgs.id, cadres.orgId))
      .where(where)
      .orderBy(...order),
    page,
    db.select({ n: count() }).from(cadres).innerJoin(orgs, eq(orgs.id, cadres.orgId)).where(where),
  );
}

export async function findCadre(db: DbOrTx, scope: Scope, id: string) {
  return firstRow(
    db
      .select(columns)
      .from(cadres)
      .innerJoin(orgs, eq(orgs.id, cadres.orgId))
      .where(and(eq(cadres.id, id), scopeWhere(scope, orgs.path))),
  );
}

export async function insertCadres(db: DbOrTx, rows: (typeof cadres.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(cadres).values(rows).returning({ id: cadres.id });
}

const cadreRows = rowsById(cadres);
// an empty PATCH changes nothing (and stores nothing)
export const updateCadre = cadreRows.update;

/** The beginning of time for rank history: a cadre's first known rank applies to every month before a change. */
const RANK_BASELINE = '1900-01-01';

/**
 * Records a change of rank from a day on. The first change also records the old rank from the
 * baseline, so months before the change keep being judged by the old rank.
 */
export async function recordRankChange(
  db: DbOrTx,
  cadreId: string,
  oldRank: CadreRow['rank'],
  newRank: CadreRow['rank'],
  effectiveFrom: string,
) {
  await db
    .insert(cadreRankHistory)
    .values({ cadreId, rank: oldRank, effectiveFrom: RANK_BASELINE })
    .onConflictDoNothing();
  await db
    .insert(cadreRankHistory)
    .values({ cadreId, rank: newRank, effectiveFrom })
    .onConflictDoUpdate({
      target: [cadreRankHistory.cadreId, cadreRankHistory.effectiveFrom],
      set: { rank: newRank },
    });
}
