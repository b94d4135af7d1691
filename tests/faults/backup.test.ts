import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../server/db/client.ts';
import { startServer, waitForExit } from '../support/server-process.ts';
import { freshPostgres, pgliteChecksums, pgQuery, runScript, tableChecksums } from './support.ts';

/**
 * `npm run backup` / `npm run restore` beyond the round trip (which crash.test.ts makes on the data
 * that went through the kills, with the refusals while the server runs): bad input, and PostgreSQL.
 */
describe('backup and restore on the embedded database', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-backup-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('says what is wrong with a missing or broken file and leaves the data alone', async () => {
    const dataDir = path.join(tmp, 'data');
    const database = await openDatabase({ engine: 'pglite', dir: path.join(dataDir, 'pgdata') });
    await migrateDatabase(database);
    await database.close();
    const before = await pgliteChecksums(path.join(dataDir, 'pgdata'));
    const missing = await runScript('scripts/restore.ts', [path.join(tmp, 'nope.tar.gz')], {
      DATA_DIR: dataDir,
    });
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('找不到备份文件');
    const broken = path.join(tmp, 'broken.tar.gz');
    fs.writeFileSync(broken, 'not a tarball');
    const r = await runScript('scripts/restore.ts', [broken], { DATA_DIR: dataDir });
    expect(r.code).toBe(1);
    expect(r.output).toContain('数据目录未改动');
    expect(await pgliteChecksums(path.join(dataDir, 'pgdata'))).toEqual(before);
    const empty = await runScript('scripts/backup.ts', [], { DATA_DIR: path.join(tmp, 'none') });
    expect(empty.code).toBe(1);
    expect(empty.output).toContain('没有数据库');
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('backup and restore on PostgreSQL', () => {
  it('round-trips every table through pg_dump / pg_restore', { timeout: 300_000 }, async () => {
    const base = process.env.TEST_DATABASE_URL as string;
    const a = await freshPostgres(base);
    const b = await freshPostgres(base);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-pgbackup-'));
    const file = path.join(tmp, 'backup.pgdump');
    try {
      // a server with the demo data fills the first database
      const server = await startServer({ DATABASE_URL: a.url, TIEXIN_DEMO: '1' }, 180_000);
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
      const qa = await pgQuery(a.url);
      const before = await tableChecksums(qa.query);
      await qa.end();
      const made = await runScript('scripts/backup.ts', ['--out', file], { DATABASE_URL: a.url });
      expect(made.code, made.output).toBe(0);
      const unforced = await runScript('scripts/restore.ts', [file], { DATABASE_URL: b.url });
      expect(unforced.code).toBe(1);
      expect(unforced.output).toContain('--force');
      const r = await runScript('scripts/restore.ts', [file, '--force'], { DATABASE_URL: b.url });
      expect(r.code, r.output).toBe(0);
      const qb = await pgQuery(b.url);
      expect(await tableChecksums(qb.query)).toEqual(before);
      await qb.end();
      const rows = Object.values(before).reduce((sum, v) => sum + Number.parseInt(v, 10), 0);
      process.stdout.write(
        `backup round trip (PostgreSQL): ${Object.keys(before).length} tables, ${rows} rows, ` +
          `${Math.round(fs.statSync(file).size / 1024)} KB; checksums identical\n`,
      );
    } finally {
      await a.drop();
      await b.drop();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
