import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The database handle, the same type on both engines. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle: pass it down; never use the global `Db` inside a transaction. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbOrTx = Db | Tx;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** Flush to disk (PGlite: CHECKPOINT) and close. */
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export type OpenOptions =
  | { engine: 'pglite'; dir: string | null /* null = in memory */ }
  | { engine: 'postgres'; url: string; poolSize?: number };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.engine === 'pglite') {
    if (opts.dir) fs.mkdirSync(path.dirname(opts.dir), { recursive: true });
    const client = opts.dir ? new PGlite(opts.dir) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      db,
      engine: 'pglite',
      async close() {
        if (client.closed) return;
        await client.exec('CHECKPOINT');
        await client.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
  // An idle client's error (server restart) must not crash the process.
  pool.on('error', () => {});
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    async close() {
      await pool.end();
    },
  };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: the two migrators take their own driver's type
    await migratePglite(database.db as any, { migrationsFolder });
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await migrateNodePg(database.db as any, { migrationsFolder });
  }
}
