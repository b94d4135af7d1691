/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from './client.ts';
import { acquireDataDirLock } from './lock.ts';

const config = loadConfig();
const release = config.databaseUrl ? () => {} : acquireDataDirLock(config.dataDir);
const database = config.databaseUrl
  ? await openDatabase({ engine: 'postgres', url: config.databaseUrl })
  : await openDatabase({ engine: 'pglite', dir: path.join(config.dataDir, 'pgdata') });
try {
  await migrateDatabase(database);
  process.stdout.write(`数据库已是最新 migrations applied (${database.engine})\n`);
} finally {
  await database.close();
  release();
}
