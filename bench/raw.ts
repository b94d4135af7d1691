/**
 * The physical limit of a read, for `npm run bench`: the SQL text and parameters a repository call
 * sends, recorded once through drizzle's logger, then replayed straight on the engine's own client
 * (node-postgres' pool or the PGlite instance) — no query building, no row mapping, no app. On
 * PostgreSQL, statements the call sends together (Promise.all) are replayed together; PGlite runs
 * one statement at a time whatever the caller does, so there they are replayed in order.
 */
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import type { Database, Db } from '../server/db/client.ts';
import * as schema from '../server/db/schema/index.ts';

type Statement = { text: string; values: unknown[] };

export async function recordRaw(
  database: Database,
  call: (db: Db) => Promise<unknown>,
): Promise<() => Promise<unknown>> {
  const groups: Statement[][] = [];
  let open: Statement[] | null = null;
  const logger = {
    logQuery(text: string, values: unknown[]) {
      // statements logged before the event loop turns were sent together
      if (!open) {
        open = [];
        groups.push(open);
        setImmediate(() => {
          open = null;
        });
      }
      open.push({ text, values });
    },
  };
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.engine === 'pglite') {
    const pglite = client as PGlite;
    await call(drizzlePglite({ client: pglite, schema, logger }) as unknown as Db);
    const statements = groups.flat();
    return async () => {
      for (const s of statements)
        await pglite.query(s.text, s.values as unknown[], { rowMode: 'array' });
    };
  }
  const pool = client as pg.Pool;
  await call(drizzleNodePg({ client: pool, schema, logger }) as unknown as Db);
  return async () => {
    for (const group of groups)
      await Promise.all(
        group.map((s) => pool.query({ text: s.text, values: s.values, rowMode: 'array' })),
      );
  };
}
