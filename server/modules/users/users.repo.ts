import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { cadres, loginFailures, orgs, users } from '../../db/schema/index.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

export type UserRow = typeof users.$inferSelect;

export async function insertUser(db: DbOrTx, u: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(u).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

const columns = {
  id: users.id,
  username: users.username,
  name: users.name,
  role: users.role,
  orgId: users.orgId,
  orgName: orgs.name,
  cadreId: users.cadreId,
  cadreName: cadres.name,
  // locked from at least one address (the lock applies per name and address)
  locked: sql<boolean>`exists (select 1 from ${loginFailures} where ${loginFailures.userId} = ${users.id} and ${loginFailures.lockedUntil} > now())`,
  disabled: sql<boolean>`${users.disabledAt} is not null`,
};

export async function listUsers(
  db: DbOrTx,
  f: { q?: string; role?: UserRow['role']; orgId?: string },
  page: Page,
) {
  const where: SQL | undefined = and(
    f.role ? eq(users.role, f.role) : undefined,
    f.orgId ? eq(users.orgId, f.orgId) : undefined,
    textSearch(f.q, users.username, users.name),
  );
  const base = () =>
    db
      .select(columns)
      .from(users)
      .leftJoin(orgs, eq(orgs.id, users.orgId))
      .leftJoin(cadres, eq(cadres.id, users.cadreId));
  return listPage(
    base().where(where).orderBy(asc(users.role), asc(users.username)),
    page,
    db.select({ n: count() }).from(users).where(where),
  );
}

export async function findUser(db: DbOrTx, id: string) {
  return firstRow(
    db
      .select(columns)
      .from(users)
      .leftJoin(orgs, eq(orgs.id, users.orgId))
      .leftJoin(cadres, eq(cadres.id, users.cadreId))
      .where(eq(users.id, id)),
  );
}

export async function findPasswordHash(db: DbOrTx, id: string): Promise<string | undefined> {
  const [row] = await db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.h;
}

const userRows = rowsById(users);
export const updateUser = userRows.set;

export async function findCadreOrg(db: DbOrTx, cadreId: string) {
  return firstRow(
    db
      .select({ orgId: cadres.orgId, name: cadres.name })
      .from(cadres)
      .where(eq(cadres.id, cadreId)),
  );
}

/** The enabled accounts of these cadres (a cadre account is linked to its cadre). */
export async function accountsOfCadres(db: DbOrTx, cadreIds: string[]) {
  if (cadreIds.length === 0) return [];
  return db
    .select({ userId: users.id, cadreId: users.cadreId })
    .from(users)
    .where(and(inArray(users.cadreId, cadreIds), isNull(users.disabledAt)));
}
