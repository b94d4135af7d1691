import { eq } from 'drizzle-orm';
import type { TRank } from '../../common/org.ts';
import { households, users } from '../db/schema/index.ts';
import { type Client, login, type TestApp } from './app.ts';
import { makeCadre, makeContactPoint, makeUser, type TestOrg } from './factories.ts';

/** A cadre with a login of his own (a cadre account linked to the cadre). */
export async function makeCadreWithLogin(
  t: TestApp,
  org: TestOrg,
  opts: { rank?: TRank; name?: string } = {},
): Promise<{ cadreId: string; client: Client; userId: string }> {
  const cadre = await makeCadre(t.db, org, { rank: opts.rank ?? 'county', name: opts.name });
  const user = await makeUser(t.db, 'cadre', { org, cadreId: cadre.id });
  return {
    cadreId: cadre.id,
    client: await login(t.app, user.username, user.password),
    userId: user.id,
  };
}

export async function makeHouseholdAt(
  t: TestApp,
  contactPointId: string,
  opts: {
    headName?: string;
    categories?: ('poor' | 'opinion' | 'old_member' | 'large_producer' | 'other')[];
  } = {},
) {
  const [row] = await t.db
    .insert(households)
    .values({
      contactPointId,
      headName: opts.headName ?? '住户',
      categories: opts.categories ?? [],
    })
    .returning({ id: households.id });
  if (!row) throw new Error('no household');
  return row.id;
}

export { makeContactPoint };

export async function userIdOf(t: TestApp, username: string): Promise<string> {
  const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return u.id;
}
