import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, waitForExit } from '../support/server-process.ts';
import { freshPostgres, pgQuery, runScript, tableChecksums } from './support.ts';

/**
 * `npm run backup` / `npm run restore`: a round trip gives the same rows in every table (count
 * and md5 of the rows), and neither runs while a server holds the embedded database.
 */
async function pgliteChecksums(pgdata: string) {
  const pg = new PGlite(pgdata);
  await pg.waitReady;
  try {
    return await tableChecksums((sql) => pg.query(sql) as never);
  } finally {
    await pg.close();
  }
}

describe('backup and restore on the embedded database', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-backup-'));
  const dataDir = path.join(tmp, 'data');
  const otherDir = path.join(tmp, 'other');
  const file = path.join(tmp, 'backup.tar.gz');
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('refuses while the server runs, and round-trips every table once it is stopped', async () => {
    // a server with the demo data writes the database, and holds the lock while it runs
    const server = await startServer({ DATA_DIR: dataDir, TIEXIN_DEMO: '1' }, 180_000);
    try {
      const refused = await runScript('scripts/backup.ts', ['--out', file], { DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('正被另一个 Tiexin 进程');
      expect(fs.existsSync(file)).toBe(false);
      const refusedRestore = await runScript('scripts/restore.ts', [file], { DATA_DIR: dataDir });
      expect(refusedRestore.code).toBe(1);
    } finally {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
    const before = await pgliteChecksums(path.join(dataDir, 'pgdata'));
    expect(Number.parseInt(before['public.cases'] ?? '0', 10)).toBeGreaterThan(0);

    const t0 = Date.now();
    const made = await runScript('scripts/backup.ts', ['--out', file], { DATA_DIR: dataDir });
    expect(made.code, made.output).toBe(0);
    const backupMs = Date.now() - t0;

    // into an empty folder
    const t1 = Date.now();
    const restored = await runScript('scripts/restore.ts', [file], { DATA_DIR: otherDir });
    expect(restored.code, restored.output).toBe(0);
    const restoreMs = Date.now() - t1;
    expect(await pgliteChecksums(path.join(otherDir, 'pgdata'))).toEqual(before);

    // over a changed database: the old folder is kept aside, the backup's rows come back
    const pg = new PGlite(path.join(dataDir, 'pgdata'));
    await pg.query(`delete from case_events`);
    await pg.close();
    const again = await runScript('scripts/restore.ts', [file], { DATA_DIR: dataDir });
    expect(again.code, again.output).toBe(0);
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith('pgdata.before-restore-'))).toBe(true);
    expect(await pgliteChecksums(path.join(dataDir, 'pgdata'))).toEqual(before);

    // and the server starts on the restored folder
    const back = await startServer({ DATA_DIR: otherDir, TIEXIN_DEMO: '1' }, 180_000);
    expect((await fetch(`${back.url}/healthz`)).status).toBe(200);
    back.child.kill('SIGTERM');
    await waitForExit(back.child);

    const tables = Object.keys(before).length;
    const rows = Object.values(before).reduce((s, v) => s + Number.parseInt(v, 10), 0);
    process.stdout.write(
      `backup round trip (PGlite): ${tables} tables, ${rows} rows, ` +
        `${Math.round(fs.statSync(file).size / 1024)} KB, backup ${backupMs} ms, restore ${restoreMs} ms (incl. process start)\n`,
    );
  });

  it('says what is wrong with a missing or broken file and leaves the data alone', async () => {
    const missing = await runScript('scripts/restore.ts', [path.join(tmp, 'nope.tar.gz')], {
      DATA_DIR: otherDir,
    });
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('找不到备份文件');
    const broken = path.join(tmp, 'broken.tar.gz');
    fs.writeFileSync(broken, 'not a tarball');
    const before = await pgliteChecksums(path.join(otherDir, 'pgdata'));
    const r = await runScript('scripts/restore.ts', [broken], { DATA_DIR: otherDir });
    expect(r.code).toBe(1);
    expect(r.output).toContain('数据目录未改动');
    expect(await pgliteChecksums(path.join(otherDir, 'pgdata'))).toEqual(before);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('backup and restore on PostgreSQL', () => {
  it('round-trips every table through pg_dump / pg_restore', async () => {
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
      process.stdout.write(
        `backup round trip (PostgreSQL): ${Object.keys(before).length} tables, ${Math.round(fs.statSync(file).size / 1024)} KB\n`,
      );
    } finally {
      await a.drop();
      await b.drop();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
