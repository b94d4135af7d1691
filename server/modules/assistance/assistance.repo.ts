import { and, asc, count, desc, eq, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { assistance, cadres, contactPoints, households, orgs } from '../../db/schema/index.ts';
import { firstRow, insertId, listPage, type Page, updateById } from '../../platform/rows.repo.ts';
import { type Scope, scopeWhere } from '../../platform/scope.repo.ts';

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
    scopeWhere(scope, orgs.path),
    f.orgPath ? scopeWhere({ kind: 'subtree', path: f.orgPath }, orgs.path) : undefined,
    f.householdId ? eq(assistance.householdId, f.householdId) : undefined,
    f.cadreId ? eq(assistance.cadreId, f.cadreId) : undefined,
    f.fromDate ? gte(assistance.date, f.fromDate) : undefined,
    f.beforeDate ? lt(assistance.date, f.beforeDate) : undefined,
    f.q
      ? or(
          ilike(households.headName, `%${f.q}%`),
          ilike(cadres.name, `%${f.q}%`),
          ilike(assistance.measure, `%${f.q}%`),
        )
      : undefined,
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

export async function listAssistance(db: DbOrTx, scope: Scope, f: AssistanceFilter, page: Page) {
  const where = whereOf(scope, f);
  return listPage(
    selectAssistance(db)
      .where(where)
      .orderBy(desc(assistance.date), asc(cadres.name), desc(assistance.id)),
    page,
    db
      .select({ n: count() })
      .from(assistance)
      .innerJoin(cadres, eq(cadres.id, assistance.cadreId))
      .innerJoin(orgs, eq(orgs.id, cadres.orgId))
      .innerJoin(households, eq(households.id, assistance.householdId))
      .where(where),
  );
}

export async function findAssistance(db: DbOrTx, scope: Scope, id: string) {
  return firstRow(selectAssistance(db).where(and(eq(assistance.id, id), whereOf(scope, {}))));
}

export async function insertAssistance(db: DbOrTx, row: typeof assistance.$inferInsert) {
  return insertId(db, assistance, row);
}

export async function updateAssistance(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof assistance.$inferInsert>,
) {
  await updateById(db, assistance, id, patch);
}
