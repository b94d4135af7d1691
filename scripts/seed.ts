/**
 * `npm run seed -- --scale city|province|small [--seed N] [--database-url postgres://…]`
 *
 * Fills an empty, migrated database with a bureau at scale (bench/generate.ts — the same generator
 * the bench builds its database with). Default: the embedded database in DATA_DIR (PGlite), which
 * must be empty; province scale needs PostgreSQL. Progress on stderr; accounts printed at the end.
 */
import path from 'node:path';
import {
  BENCH_ACCOUNTS,
  BENCH_PASSWORD,
  generate,
  isEmpty,
  SCALES,
  type ScaleName,
} from '../bench/generate.ts';
import { loadConfig } from '../server/config.ts';
import { type Database, migrateDatabase, openDatabase } from '../server/db/client.ts';
import { acquireDataDirLock } from '../server/db/lock.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const scale = (arg('--scale') ?? '') as ScaleName;
if (!(scale in SCALES))
  fail(
    '用法 usage: npm run seed -- --scale city|province|small [--seed N] [--database-url postgres://…]',
  );
const seed = Number(arg('--seed') ?? 2014);
if (!Number.isInteger(seed)) fail('--seed 需要一个整数 (an integer)');
const config = loadConfig();
const url = arg('--database-url') ?? config.databaseUrl;
if (scale === 'province' && !url) {
  fail(
    '省级规模（约 1,000 万行）只支持 PostgreSQL：请用 --database-url postgres://… 或设置 DATABASE_URL。\n' +
      'Province scale is PostgreSQL only (PGlite, single-threaded in WebAssembly, is not sized for it): pass --database-url.',
  );
}

let release = () => {};
let database: Database;
if (url) {
  database = await openDatabase({ engine: 'postgres', url });
} else {
  release = acquireDataDirLock(config.dataDir);
  database = await openDatabase({ engine: 'pglite', dir: path.join(config.dataDir, 'pgdata') });
}
try {
  await migrateDatabase(database);
  if (!(await isEmpty(database.db))) {
    fail(
      `数据库不是空的（${url ? 'PostgreSQL' : config.dataDir}）：规模数据只载入空数据库，不会覆盖已有数据。\n` +
        'The database is not empty: the seed only fills an empty database and never overwrites data.',
    );
  }
  process.stderr.write(
    `载入 ${scale} 规模数据 (seed ${seed}) → ${database.engine}${url ? '' : ` ${config.dataDir}`}\n`,
  );
  const summary = await generate(database.db, {
    scale,
    seed,
    progress: true,
    log: (l) => process.stderr.write(`${l}\n`),
  });
  const { seconds, ...rows } = summary;
  process.stdout.write(`${JSON.stringify(rows)}\n`);
  process.stdout.write(`用时 loaded in ${seconds} s on ${database.engine}\n`);
  process.stdout.write(
    `账号 accounts (password ${BENCH_PASSWORD}): ${Object.values(BENCH_ACCOUNTS).join(', ')}\n`,
  );
} finally {
  await database.close();
  release();
}
