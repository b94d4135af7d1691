import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { contactPoints, orgs } from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

const columns = {
  id: contactPoints.id,
  orgId: contactPoints.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  name: contactPoints.name,
  kind: contactPoints.kind,
  county: contactPoints.county,
  address: contactPoints.address,
  latitude: contactPoints.latitude,
  longitude: contactPoints.longitude,
};

export type TContactPointRow = NonNullable<Awaited<ReturnType<typeof findContactPoint>>>;

/** What the list's WHERE looks at: the contact point's unit. */
const countJoins = [{ table: orgs, on: eq(orgs.id, contactPoints.orgId) }];

export async function listContactPoints(
  db: DbOrTx,
  scope: Scope,
  f: { q?: string; orgPath?: string },
  page: Page,
) {
  const where = and(
    scopeAndUnit(scope, f.orgPath, orgs.path),
    textSearch(f.q, contactPoints.name, contactPoints.county, contactPoints.address),
  );
  return listPage(
    db
      .select(columns)
      .from(contactPoints)
      .innerJoin(orgs, eq(orgs.id, contactPoints.orgId))
      .where(where)
      .orderBy(asc(contactPoints.county), asc(contactPoints.name), asc(contactPoints.id)),
    page,
    countWhere(db, contactPoints, countJoins, where),
  );
}

export async function findContactPoint(db: DbOrTx, scope: Scope, id: string) {
  return firstRow(
    db
      .select(columns)
      .from(contactPoints)
      .innerJoin(orgs, eq(orgs.id, contactPoints.orgId))
      .where(and(eq(contactPoints.id, id), scopeWhere(scope, orgs.path))),
  );
}

const contactPointRows = rowsById(contactPoints);
export const insertContactPoint = contactPointRows.insert;

export const updateContactPoint = contactPointRows.set;

export const deleteContactPoint = contactPointRows.remove;
