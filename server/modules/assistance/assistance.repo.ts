import { and, asc, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { assistance, cadres, contactPoints, households, orgs } from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit } from '../../platform/scope.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

export type AssistanceFilter = {
  q?: string;
  householdId?: string;
  cadreId?: string;
  /** the cadre's unit path: that unit and the units below it */
  orgPath?: string;
  /** first day included, YYYY-MM-DD */
  fromDate?: string;
  /** first day excluded, YYYY-MM-DD */
  beforeDate?: string;
};

const columns = {
  id: assistance.id,
  householdId: assistance.householdId,
  householdHeadName: households.headName,
  householdCategories: households.categories,
  contactPointName: contactPoints.name,
  cadreId: assistance.cadreId,
  cadreName: cadres.name,
  orgId: cadres.orgId,
  orgName: orgs.name,
  date: assistance.date,
  measure: assistance.measure,
  result: assistance.result,
  createdAt: assistance.createdAt,
  updatedAt: assistance.updatedAt,
};

/** A record belongs to its cadre: it is in scope when the cadre's unit is. */
function whereOf(scope: Scope, f: AssistanceFilter): SQL | undefined {
  return and(
    scopeAndUnit(scope, f.orgPath, orgs.path),
    f.householdId ? eq(assistance.householdId, f.householdId) : undefined,
    f.cadreId ? eq(assistance.cadreId, f.cadreId) : undefined,
    f.fromDate ? gte(assistance.date, f.fromDate) : undefined,
    f.beforeDate ? lt(assistance.date, f.beforeDate) : undefined,
    textSearch(f.q, households.headName, cadres.name, assistance.measure),
  );
}

function selectAssistance(db: DbOrTx) {
  return db
    .select(columns)
    .from(assistance)
    .innerJoin(cadres, eq(cadres.id, assistance.cadreId))
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .innerJoin(households, eq(households.id, assistance.householdId))
    .innerJoin(contactPoints, eq(contactPoints.id, households.contactPointId));
}

/** What the list's WHERE looks at: the record's cadre, unit and household. */
const countJoins = [
  { table: cadres, on: eq(cadres.id, assistance.cadreId) },
  { table: orgs, on: eq(orgs.id, cadres.orgId) },
  { table: households, on: eq(households.id, assistance.householdId) },
];

export async function listAssistance(db: DbOrTx, scope: Scope, f: AssistanceFilter, page: Page) {
  const where = whereOf(scope, f);
  return listPage(
    selectAssistance(db)
      .where(where)
      .orderBy(desc(assistance.date), asc(cadres.name), desc(assistance.id)),
    page,
    countWhere(db, assistance, countJoins, where),
  );
}

export async function findAssistance(db: DbOrTx, scope: Scope, id: string) {
  return firstRow(selectAssistance(db).where(and(eq(assistance.id, id), whereOf(scope, {}))));
}

const assistanceRows = rowsById(assistance);
export const insertAssistance = assistanceRows.insert;

export const updateAssistance = assistanceRows.update;
