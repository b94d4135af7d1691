import { sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from './client.ts';

/**
 * Runs read statements with PostgreSQL's JIT off (SET LOCAL, in their own transaction, or a
 * savepoint inside the caller's). A large aggregate whose estimated cost crosses jit_above_cost
 * had PostgreSQL compile its expressions for longer than it ran — 0.2–2.9 s at city scale for the
 * dashboard's case figures (and the learning roll-up, before it read kept facts) (docs/performance.md, "Dashboard"). PGlite has no
 * JIT; the setting is accepted and changes nothing.
 */
export function withoutJit<T>(db: DbOrTx, read: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return read(tx as Tx);
  });
}
