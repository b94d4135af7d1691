/** What the fault tests share: the run's size, scripts run as child processes, table checksums. */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** FAULTS_SHORT=1: the short form `npm test` runs; otherwise the full run of `npm run test:faults`. */
export const SHORT = process.env.FAULTS_SHORT === '1';
export const size = <T>(full: T, short: T): T => (SHORT ? short : full);

/** Runs `tsx <script> …args` with extra environment; resolves with its exit code and output. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * Row count and an md5 over every row of every table (rows as text, sorted), so two databases
 * can be compared table by table.
 */
export async function tableChecksums(query: Query): Promise<Record<string, string>> {
  const tables = await query(
    `select table_schema || '.' || table_name as t from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle') order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { t } of tables.rows as { t: string }[]) {
    const [schema, name] = t.split('.') as [string, string];
    const q = `"${schema}"."${name}"`;
    const r = await query(
      `select count(*)::int as n, coalesce(md5(string_agg(x::text, E'\\n' order by x::text)), '') as h from ${q} x`,
    );
    const row = r.rows[0] as { n: number; h: string };
    out[t] = `${row.n} rows ${row.h}`;
  }
  return out;
}

/** A new, empty PostgreSQL database next to TEST_DATABASE_URL's; drop() removes it. */
export async function freshPostgres(
  baseUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tiexin_faults_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function pgQuery(url: string): Promise<{ query: Query; end(): Promise<void> }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return { query: (sql) => c.query(sql), end: () => c.end() };
}

/** tableChecksums of an embedded data folder (the folder must not be in use). */
export async function pgliteChecksums(pgdata: string): Promise<Record<string, string>> {
  const db = new PGlite(pgdata);
  await db.waitReady;
  try {
    return await tableChecksums((q) => db.query(q) as never);
  } finally {
    await db.close();
  }
}
