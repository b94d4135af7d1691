/**
 * `npm run restore -- file [--force]`: puts a backup made by `npm run backup` back.
 *
 * Embedded (PGlite): the server must be stopped (the data folder's lock is taken). The current
 * DATA_DIR/pgdata is kept beside it as pgdata.before-restore-<time> (never deleted), then PGlite
 * opens a new data folder from the tarball (loadDataDir).
 * PostgreSQL (DATABASE_URL): pg_restore --clean --if-exists into that database, when pg_restore
 * is on the PATH. This replaces its tables: it asks for --force.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../server/config.ts';
import { acquireDataDirLock } from '../server/db/lock.ts';
import { BackupError, hasTool, runAsCommand } from './backup.ts';

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);

export async function restore(args: string[]): Promise<string> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new BackupError('用法 usage: npm run restore -- <backup file> [--force]');
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new BackupError(`找不到备份文件 ${source} (no such file)`);
  const config = loadConfig();
  if (config.databaseUrl) {
    if (!hasTool('pg_restore'))
      throw new BackupError(
        '未找到 pg_restore：PostgreSQL 的恢复需要 PostgreSQL 客户端工具 (apt-get install postgresql-client)。' +
          'Restoring into PostgreSQL needs pg_restore on the PATH; it is not installed, so restore is not supported here.',
      );
    if (!args.includes('--force'))
      throw new BackupError(
        '恢复会覆盖 DATABASE_URL 数据库中的全部表；确认无误后加 --force。' +
          'Restoring replaces every table of the DATABASE_URL database: add --force to go ahead.',
      );
    const r = spawnSync(
      'pg_restore',
      [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--no-privileges',
        '--single-transaction',
        '--dbname',
        config.databaseUrl,
        source,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (r.status !== 0) throw new BackupError(`pg_restore 失败 (exit ${r.status})`);
    return 'PostgreSQL';
  }
  const release = acquireDataDirLock(config.dataDir);
  const pgdata = path.join(config.dataDir, 'pgdata');
  try {
    let keptAside: string | null = null;
    if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0) {
      keptAside = `${pgdata}.before-restore-${stamp()}`;
      fs.renameSync(pgdata, keptAside);
    }
    try {
      const blob = new Blob([fs.readFileSync(source)]);
      const pg = new PGlite(pgdata, { loadDataDir: blob });
      await pg.waitReady;
      // a quick look that it is a Tiexin database at all
      await pg.query('select count(*) from orgs');
      await pg.exec('CHECKPOINT');
      await pg.close();
    } catch (err) {
      // leave the folder as it was
      fs.rmSync(pgdata, { recursive: true, force: true });
      if (keptAside) fs.renameSync(keptAside, pgdata);
      throw new BackupError(
        `无法从 ${source} 恢复，数据目录未改动 (restore failed, data folder unchanged): ${(err as Error).message}`,
      );
    }
    return keptAside ? `${pgdata}（原数据保存在 previous data kept in ${keptAside}）` : pgdata;
  } finally {
    release();
  }
}

runAsCommand(
  import.meta.url,
  restore,
  (where, seconds) => `恢复完成 restored into ${where} (${seconds} s)`,
  '恢复失败 restore failed',
);
