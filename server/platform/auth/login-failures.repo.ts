import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { loginFailures } from '../../db/schema/index.ts';

const lf = loginFailures;

/**
 * Counts one failed login of (account name, address) in one statement, and decides the lock in
 * SQL, so parallel attempts cannot overwrite each other's count. A lock that has run out starts a
 * new count; a running lock is not extended.
 */
export async function recordLoginFailure(
  db: DbOrTx,
  k: { accountKey: string; userId: string | null; source: string },
  maxFailures: number,
  lockMinutes: number,
): Promise<{ failures: number; locked: boolean }> {
  const lockEnd = sql`now() + ${lockMinutes}::int * interval '1 minute'`;
  const next = sql`(case when ${lf.lockedUntil} is not null and ${lf.lockedUntil} <= now() then 1 else ${lf.failures} + 1 end)`;
  const [row] = await db
    .insert(lf)
    .values({
      ...k,
      failures: 1,
      lockedUntil: maxFailures <= 1 ? lockEnd : null,
      updatedAt: sql`now()`,
    })
    .onConflictDoUpdate({
      target: [lf.accountKey, lf.source],
      set: {
        failures: next,
        lockedUntil: sql`(case when ${lf.lockedUntil} > now() then ${lf.lockedUntil} when ${next} >= ${maxFailures}::int then ${lockEnd} else null end)`,
        userId: k.userId,
        updatedAt: sql`now()`,
      },
    })
    .returning({
      failures: lf.failures,
      locked: sql<boolean>`coalesce(${lf.lockedUntil} > now(), false)`,
    });
  if (!row) throw new Error('upsert returned no row');
  return row;
}

export async function isLoginLocked(
  db: DbOrTx,
  k: { accountKey: string; source: string },
): Promise<boolean> {
  const [row] = await db
    .select({ locked: sql<boolean>`coalesce(${lf.lockedUntil} > now(), false)` })
    .from(lf)
    .where(and(eq(lf.accountKey, k.accountKey), eq(lf.source, k.source)))
    .limit(1);
  return row?.locked ?? false;
}

export async function clearLoginFailures(
  db: DbOrTx,
  k: { accountKey: string; source: string },
): Promise<void> {
  await db.delete(lf).where(and(eq(lf.accountKey, k.accountKey), eq(lf.source, k.source)));
}

/** 解除锁定 — every address's count for this account. */
export async function clearLoginFailuresOfUser(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(lf).where(eq(lf.userId, userId));
}

/** Counts not touched for a day are dropped (a lock is much shorter). */
export async function deleteStaleLoginFailures(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(lf).where(lt(lf.updatedAt, before));
}
