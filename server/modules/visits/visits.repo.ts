import { and, asc, desc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  cadres,
  contactPoints,
  households,
  orgs,
  visitHouseholds,
  visits,
} from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';

export type VisitFilter = {
  cadreId?: string;
  contactPointId?: string;
  orgPath?: string;
  /** stays overlapping [from, to] */
  from?: string;
  to?: string;
  /** only visits where the cadre wrote down what he heard (群众意见) */
  heardOnly?: boolean;
};

const columns = {
  id: visits.id,
  cadreId: visits.cadreId,
  cadreName: cadres.name,
  orgId: cadres.orgId,
  orgName: orgs.name,
  contactPointId: visits.contactPointId,
  contactPointName: contactPoints.name,
  startDate: visits.startDate,
  endDate: visits.endDate,
  days: sql<number>`(${visits.endDate} - ${visits.startDate} + 1)`.mapWith(Number),
  heard: visits.heard,
  done: visits.done,
  clientId: visits.clientId,
  createdBy: visits.createdBy,
  createdAt: visits.createdAt,
};

const from = (db: DbOrTx) =>
  db
    .select(columns)
    .from(visits)
    .innerJoin(cadres, eq(cadres.id, visits.cadreId))
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .innerJoin(contactPoints, eq(contactPoints.id, visits.contactPointId));

function whereOf(scope: Scope, f: VisitFilter) {
  return and(
    scopeAndUnit(scope, f.orgPath, orgs.path),
    f.cadreId ? eq(visits.cadreId, f.cadreId) : undefined,
    f.contactPointId ? eq(visits.contactPointId, f.contactPointId) : undefined,
    f.to ? lte(visits.startDate, f.to) : undefined,
    f.from ? gte(visits.endDate, f.from) : undefined,
    f.heardOnly ? ne(visits.heard, '') : undefined,
  );
}

/** What the list's WHERE looks at: the visit's cadre and the cadre's unit. */
const countJoins = [
  { table: cadres, on: eq(cadres.id, visits.cadreId) },
  { table: orgs, on: eq(orgs.id, cadres.orgId) },
];

export async function listVisits(db: DbOrTx, scope: Scope, f: VisitFilter, page: Page) {
  const where = whereOf(scope, f);
  return listPage(
    from(db).where(where).orderBy(desc(visits.startDate), desc(visits.createdAt)),
    page,
    countWhere(db, visits, countJoins, where),
  );
}

export async function findVisit(db: DbOrTx, scope: Scope, id: string) {
  return firstRow(from(db).where(and(eq(visits.id, id), scopeWhere(scope, orgs.path))));
}

export async function findVisitByClientId(db: DbOrTx, clientId: string) {
  const byClient = eq(visits.clientId, clientId);
  return firstRow(
    db.select({ id: visits.id, createdBy: visits.createdBy }).from(visits).where(byClient),
  );
}

const visitRows = rowsById(visits);
export const insertVisit = visitRows.insert;

export const updateVisit = visitRows.set;

export const deleteVisit = visitRows.remove;

export async function setVisitHouseholds(db: DbOrTx, visitId: string, householdIds: string[]) {
  await db.delete(visitHouseholds).where(eq(visitHouseholds.visitId, visitId));
  if (householdIds.length) {
    await db
      .insert(visitHouseholds)
      .values(householdIds.map((householdId) => ({ visitId, householdId })));
  }
}

export async function householdsOfVisits(db: DbOrTx, visitIds: string[]) {
  if (visitIds.length === 0) return [];
  return db
    .select({ visitId: visitHouseholds.visitId, id: households.id, headName: households.headName })
    .from(visitHouseholds)
    .innerJoin(households, eq(households.id, visitHouseholds.householdId))
    .where(inArray(visitHouseholds.visitId, visitIds))
    .orderBy(asc(households.headName));
}

/** Of these households, the ones registered at the contact point. */
export async function householdsAt(db: DbOrTx, contactPointId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: households.id })
    .from(households)
    .where(and(inArray(households.id, ids), eq(households.contactPointId, contactPointId)));
}

/** The cadre with the path of its unit, for scope and contact-point checks. */
export async function findCadreWithPath(db: DbOrTx, scope: Scope, cadreId: string) {
  const [row] = await db
    .select({ id: cadres.id, name: cadres.name, active: cadres.active, orgPath: orgs.path })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(and(eq(cadres.id, cadreId), scopeWhere(scope, orgs.path)));
  return row;
}

export async function findContactPointWithPath(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: contactPoints.id, name: contactPoints.name, orgPath: orgs.path })
    .from(contactPoints)
    .innerJoin(orgs, eq(orgs.id, contactPoints.orgId))
    .where(eq(contactPoints.id, id));
  return row;
}
