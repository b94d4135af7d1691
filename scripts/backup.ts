/**
 * `npm run backup [-- --out file]`: a copy of the database in one file.
 *
 * Embedded (PGlite, DATA_DIR/pgdata): PGlite's own dumpDataDir, a gzip'd tarball of the data
 * folder. The server must be stopped: the data folder's lock (server/db/lock.ts) is taken for the
 * length of the copy, so a running server makes the backup refuse with the lock's message.
 * PostgreSQL (DATABASE_URL): pg_dump --format=custom, when pg_dump is on the PATH.
 *
 * Uploaded files (FILES_DIR, default DATA_DIR/files) are plain files: copy that folder too.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { ConfigError, loadConfig } from '../server/config.ts';
import { acquireDataDirLock, DataDirLockedError } from '../server/db/lock.ts';

export class BackupError extends Error {}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);

export function hasTool(tool: string): boolean {
  return spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function backup(args: string[]): Promise<string> {
  const config = loadConfig();
  if (config.databaseUrl) {
    const out = path.resolve(argValue(args, '--out') ?? `tiexin-backup-${stamp()}.pgdump`);
    if (!hasTool('pg_dump'))
      throw new BackupError(
        '未找到 pg_dump：PostgreSQL 的备份需要 PostgreSQL 客户端工具 (apt-get install postgresql-client)。' +
          'PostgreSQL backups need pg_dump on the PATH; it is not installed, so backup is not supported here.',
      );
    const r = spawnSync(
      'pg_dump',
      ['--format=custom', '--no-owner', '--no-privileges', '--file', out, config.databaseUrl],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (r.status !== 0) throw new BackupError(`pg_dump 失败 (exit ${r.status})`);
    return out;
  }
  const out = path.resolve(argValue(args, '--out') ?? `tiexin-backup-${stamp()}.tar.gz`);
  const pgdata = path.join(config.dataDir, 'pgdata');
  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION')))
    throw new BackupError(`数据目录 ${pgdata} 里没有数据库 (no database in ${pgdata})`);
  const release = acquireDataDirLock(config.dataDir);
  try {
    const pg = new PGlite(pgdata);
    await pg.waitReady;
    try {
      await pg.exec('CHECKPOINT');
      const blob = await pg.dumpDataDir('gzip');
      fs.writeFileSync(out, Buffer.from(await blob.arrayBuffer()));
    } finally {
      await pg.close();
    }
  } finally {
    release();
  }
  return out;
}

/**
 * Runs a backup or restore as the command (when `moduleUrl` is the script node was started with):
 * prints `done` of its result with the seconds it took, or the failure in words (the stack only
 * for what is not a known refusal) and exits 1.
 */
export function runAsCommand<T>(
  moduleUrl: string,
  work: (args: string[]) => Promise<T>,
  done: (result: T, seconds: string) => string,
  failed: string,
): void {
  if (!process.argv[1] || fileURLToPath(moduleUrl) !== path.resolve(process.argv[1])) return;
  const started = Date.now();
  work(process.argv.slice(2)).then(
    (result) => {
      process.stdout.write(`${done(result, ((Date.now() - started) / 1000).toFixed(1))}\n`);
    },
    (err: unknown) => {
      const known =
        err instanceof BackupError ||
        err instanceof DataDirLockedError ||
        err instanceof ConfigError;
      process.stderr.write(
        `\n${failed}: ${known ? (err as Error).message : (err as Error)?.stack}\n\n`,
      );
      process.exit(1);
    },
  );
}

runAsCommand(
  import.meta.url,
  backup,
  (out, seconds) =>
    `备份完成 backup written: ${out} (${Math.round(fs.statSync(out).size / 1024)} KB, ${seconds} s)`,
  '备份失败 backup failed',
);
