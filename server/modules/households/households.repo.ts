import {
  and,
  arrayContains,
  asc,
  desc,
  eq,
  ilike,
  inArray,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { contactPoints, households, orgs } from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { lockValues } from '../../platform/lock-stripes.repo.ts';
import { piiMatch } from '../../platform/pii-search.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';

export type HouseholdInsert = typeof households.$inferInsert;

export type HouseholdFilter = {
  q?: string;
  contactPointId?: string;
  /** a unit's path: households at the contact points of that unit and the units below it */
  orgPath?: string;
  category?: (typeof households.$inferSelect)['categories'][number];
  active?: boolean;
  ids?: string[];
  /** households a cadre may pair with: active, at his unit's or an ancestor's contact point, not paired with him now */
  pairableFor?: { cadreId: string; orgPath: string };
  /**
   * Whose phone and ID number `q` matches in full: the rows in this scope (a role that may reveal
   * them); on every other row only the masked text the caller is shown. Absent = none in full.
   */
  revealScope?: Scope;
  /** only households whose ID number another household also has (to merge) */
  duplicateIdNumber?: boolean;
};

/** Names of the cadres paired with the household now (open pairings). */
const pairedCadres = sql<string[]>`coalesce((
  select array_agg(c.name order by c.name) from pairings p join cadres c on c.id = p.cadre_id
  where p.household_id = ${households.id} and p.end_date is null), '{}')`;

const columns = {
  id: households.id,
  contactPointId: households.contactPointId,
  contactPointName: contactPoints.name,
  orgId: contactPoints.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  headName: households.headName,
  idNumber: households.idNumber,
  phone: households.phone,
  address: households.address,
  members: households.members,
  categories: households.categories,
  notes: households.notes,
  active: households.active,
  pairedCadres,
  createdAt: households.createdAt,
  updatedAt: households.updatedAt,
};
function whereOf(scope: Scope, f: HouseholdFilter): SQL | undefined {
  const revealable = !f.revealScope
    ? false
    : f.revealScope.kind === 'all' || (scopeWhere(f.revealScope, orgs.path) as SQL);
  return and(
    scopeAndUnit(scope, f.orgPath, orgs.path),
    f.contactPointId ? eq(households.contactPointId, f.contactPointId) : undefined,
    f.category ? arrayContains(households.categories, [f.category]) : undefined,
    f.active !== undefined ? eq(households.active, f.active) : undefined,
    f.ids ? inArray(households.id, f.ids) : undefined,
    f.duplicateIdNumber
      ? sql`exists (select 1 from households d where d.id_number = ${households.idNumber}
          and d.id <> ${households.id})`
      : undefined,
    f.pairableFor
      ? and(
          eq(households.active, true),
          sql`${f.pairableFor.orgPath} like ${orgs.path} || '%'`,
          sql`not exists (select 1 from pairings p where p.household_id = ${households.id}
            and p.cadre_id = ${f.pairableFor.cadreId} and p.end_date is null)`,
        )
      : undefined,
    f.q
      ? or(
          ilike(households.headName, `%${f.q}%`),
          ilike(households.address, `%${f.q}%`),
          /\d/.test(f.q)
            ? piiMatch(
                [
                  { column: households.phone, kind: 'phone' },
                  { column: households.idNumber, kind: 'idNumber' },
                ],
                f.q,
                revealable,
              )
            : undefined,
        )
      : undefined,
  );
}

const base = (db: DbOrTx) =>
  db
    .select(columns)
    .from(households)
    .innerJoin(contactPoints, eq(contactPoints.id, households.contactPointId))
    .innerJoin(orgs, eq(orgs.id, contactPoints.orgId));

/** What the list's WHERE looks at: the household's contact point and its unit. */
const countJoins = [
  { table: contactPoints, on: eq(contactPoints.id, households.contactPointId) },
  { table: orgs, on: eq(orgs.id, contactPoints.orgId) },
];

export async function listHouseholds(db: DbOrTx, scope: Scope, f: HouseholdFilter, page: Page) {
  const where = whereOf(scope, f);
  return listPage(
    base(db)
      .where(where)
      .orderBy(
        desc(households.active),
        asc(contactPoints.name),
        asc(households.headName),
        asc(households.id),
      ),
    page,
    countWhere(db, households, countJoins, where),
  );
}

export type HouseholdRow = Awaited<ReturnType<typeof listHouseholds>>['items'][number];

export async function findHousehold(db: DbOrTx, scope: Scope, id: string) {
  return firstRow(base(db).where(and(eq(households.id, id), scopeWhere(scope, orgs.path))));
}

/** Households by id within the scope (for pairing and assistance checks). */
export async function findHouseholds(db: DbOrTx, scope: Scope, ids: string[]) {
  if (ids.length === 0) return [];
  return base(db).where(and(inArray(households.id, ids), scopeWhere(scope, orgs.path)));
}

/** Which of these ID numbers are registered already, in any unit (the number is unique). */
/**
 * Which of these ID numbers a household in `scope` already has (other than `exceptId`). Only the
 * caller's scope: a number registered elsewhere must not be told (an oracle of hidden data).
 *
 * Call it inside the transaction that then writes the numbers: it first locks the numbers (`lockValues`:
 * row locks on lock stripes, held to the end of the transaction), so two requests registering one
 * number at once are answered one after the other and the second sees the first. Without it both
 * would find nothing and both insert, since the index on id_number is no longer unique.
 */
export async function findRegisteredIdNumbers(
  db: DbOrTx,
  scope: Scope,
  idNumbers: string[],
  exceptId?: string,
): Promise<Set<string>> {
  if (idNumbers.length === 0) return new Set();
  await lockValues(db, 'household_id_number', idNumbers);
  const rows = await db
    .select({ idNumber: households.idNumber })
    .from(households)
    .innerJoin(contactPoints, eq(contactPoints.id, households.contactPointId))
    .innerJoin(orgs, eq(orgs.id, contactPoints.orgId))
    .where(
      and(
        scopeWhere(scope, orgs.path),
        inArray(households.idNumber, idNumbers),
        exceptId ? ne(households.id, exceptId) : undefined,
      ),
    );
  return new Set(rows.map((r) => r.idNumber ?? ''));
}

export async function insertHouseholds(db: DbOrTx, rows: HouseholdInsert[]) {
  if (rows.length === 0) return [];
  return db.insert(households).values(rows).returning({ id: households.id });
}

const householdRows = rowsById(households);
export const updateHousehold = householdRows.update;

/** Contact points in the scope, with their unit, for naming them in a spreadsheet. */
export async function listContactPointRefs(db: DbOrTx, scope: Scope) {
  return db
    .select({ id: contactPoints.id, name: contactPoints.name, orgId: contactPoints.orgId })
    .from(contactPoints)
    .innerJoin(orgs, eq(orgs.id, contactPoints.orgId))
    .where(scopeWhere(scope, orgs.path));
}
