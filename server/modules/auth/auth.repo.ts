import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { orgs, users } from '../../db/schema/index.ts';

export async function findUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db
    .select({ user: users, orgName: orgs.name })
    .from(users)
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .where(eq(users.username, username))
    .limit(1);
  return row;
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length;
}
