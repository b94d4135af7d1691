import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { contactPoints, orgs } from '../../db/schema/index.ts';
import { deleteById, firstRow, insertId, listPage, type Page } from '../../platform/rows.repo.ts';
import { type Scope, scopeWhere } from '../../platform/scope.repo.ts';

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

export async function listContactPoints(
  db: DbOrTx,
  scope: Scope,
  f: { q?: string; orgPath?: string },
  page: Page,
) {
  const where = and(
    scopeWhere(scope, orgs.path),
    f.orgPath ? scopeWhere({ kind: 'subtree', path: f.orgPath }, orgs.path) : undefined,
    f.q
      ? or(
          ilike(contactPoints.name, `%${f.q}%`),
          ilike(contactPoints.county, `%${f.q}%`),
          ilike(contactPoints.address, `%${f.q}%`),
        )
      : undefined,
  );
  return listPage(
    db
      .select(columns)
      .from(contactPoints)
      .innerJoin(orgs, eq(orgs.id, contactPoints.orgId))
      .where(where)
      .orderBy(asc(contactPoints.county), asc(contactPoints.name), asc(contactPoints.id)),
    page,
    db
      .select({ n: count() })
      .from(contactPoints)
      .innerJoin(orgs, eq(orgs.id, contactPoints.orgId))
      .where(where),
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

export async function insertContactPoint(db: DbOrTx, row: typeof contactPoints.$inferInsert) {
  return insertId(db, contactPoints, row);
}

export async function updateContactPoint(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof contactPoints.$inferInsert>,
) {
  await db.update(contactPoints).set(patch).where(eq(contactPoints.id, id));
}

export async function deleteContactPoint(db: DbOrTx, id: string) {
  await deleteById(db, contactPoints, id);
}
