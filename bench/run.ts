/**
 * `npm run bench [-- --scale city|small|province] [--seed N] [--iterations 200] [--duration 10] [--record]
 *   [--only <text>[,<text>…]]` (`--only dashboard`: only the read workloads whose name holds one of
 *   the texts; no export, submissions or asset sizes)
 *
 * Measures each workload beside its physical limit, in the same run (reads: the SQL the repo call
 * sends, replayed on the engine's own client — bench/raw.ts), on a scaled database it builds
 * once with the scale data generator (bench/generate.ts, as `npm run seed`) and then reuses:
 * PGlite in bench/.data/<scale>/pgdata always, and PostgreSQL too when DATABASE_URL (or
 * --database-url) is given. Prints a table and writes bench/results/latest.json; compares with
 * bench/results/baseline.json (written by `--record`) and calls out every regression over 20 %.
 * Numbers are for the machine it ran on; see docs/performance.md. Nothing here is asserted in tests.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { todayInChina } from '../common/dates.ts';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { type Database, type Db, migrateDatabase, openDatabase } from '../server/db/client.ts';
import { listCases } from '../server/modules/cases/cases.repo.ts';
import { EXPORT_LIMIT } from '../server/modules/cases/cases.service.ts';
import { listCompliance, unitRollup } from '../server/modules/compliance/compliance.repo.ts';
import { computeDashboard } from '../server/modules/dashboard/dashboard.service.ts';
import { listParticipation, unitParticipation } from '../server/modules/learning/learning.repo.ts';
import { listRectifications } from '../server/modules/rectifications/rectifications.repo.ts';
import { login } from '../server/test/app.ts';
import {
  BENCH_ACCOUNTS,
  BENCH_PASSWORD,
  CAMPAIGN_NAME,
  counts,
  generate,
  isEmpty,
  SCALES,
  type ScaleName,
} from './generate.ts';
import { recordRaw } from './raw.ts';
import { measureSubmissions } from './submissions.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const scaleName = (arg('--scale') ?? 'city') as ScaleName;
if (!(scaleName in SCALES))
  throw new Error(`bench scale: city, small or province, not ${scaleName}`);
const scale = SCALES[scaleName];
const seed = Number(arg('--seed') ?? 2014);
const databaseUrl = arg('--database-url') ?? loadConfig().databaseUrl;
if (scaleName === 'province' && !databaseUrl)
  throw new Error(
    'bench --scale province runs on PostgreSQL only: set DATABASE_URL or --database-url',
  );
/** calls per read workload: with 200 the p99 is the 198th, not the slowest single call */
const ITERATIONS = Number(arg('--iterations') ?? 200);
/** seconds of autocannon load per throughput workload */
const DURATION = Number(arg('--duration') ?? 10);
const RECORD = args.includes('--record');
/** only the read workloads whose name contains one of these texts (comma-separated), nothing else */
const ONLY = arg('--only');
const only = (name: string) => !ONLY || ONLY.split(',').some((text) => name.includes(text));
const out = (s: string) => process.stdout.write(s);

export type Result = {
  name: string;
  engine: string;
  p50_ms: number | null;
  p99_ms: number | null;
  rps: number | null;
  baseline: string;
  baseline_value: number;
  ratio: number;
  rss_mb: number;
  /** web assets only: gzip size of the first-load JS */
  gzip_kb?: number;
  /** export only: growth of the process RSS over the export */
  rss_growth_mb?: number;
};

const MB = 1_048_576;
const rssMb = () => Math.round(process.memoryUsage().rss / MB);
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return round(sorted[Math.max(0, i)] ?? 0);
}

/**
 * The API call and its raw query, alternated call by call (after a warm-up of each), so both see
 * the same moments of the machine; each list sorted.
 */
async function timePair(
  n: number,
  api: () => Promise<unknown>,
  raw: () => Promise<unknown>,
): Promise<{ api: number[]; raw: number[] }> {
  await api();
  await raw();
  const times = { api: [] as number[], raw: [] as number[] };
  for (let i = 0; i < n; i++) {
    for (const [fn, into] of [
      [api, times.api],
      [raw, times.raw],
    ] as const) {
      const t0 = performance.now();
      await fn();
      into.push(performance.now() - t0);
    }
  }
  times.api.sort((a, b) => a - b);
  times.raw.sort((a, b) => a - b);
  return times;
}

async function openScaled(engine: 'pglite' | 'postgres'): Promise<Database> {
  const database =
    engine === 'postgres'
      ? await openDatabase({ engine: 'postgres', url: databaseUrl as string })
      : await openDatabase({
          engine: 'pglite',
          dir: path.join(root, 'bench', '.data', scaleName, 'pgdata'),
        });
  await migrateDatabase(database);
  if (await isEmpty(database.db)) {
    out(`generating the ${scaleName} scale data (seed ${seed}) on ${engine}…\n`);
    const summary = await generate(database.db, { scale: scaleName, seed, progress: true });
    out(`generated in ${summary.seconds} s\n`);
  }
  const bench = (await database.db.execute(
    sql`select count(*)::int as n from users where username = ${BENCH_ACCOUNTS.office}`,
  )) as unknown as { rows: { n: number }[] };
  if (!bench.rows[0]?.n) {
    throw new Error(
      `the ${engine} database holds other data than the bench's: give the bench an empty database (e.g. createdb tiexin_bench) or remove bench/.data`,
    );
  }
  return database;
}

/** Peak RSS while `fn` runs, sampled every 10 ms. */
async function peakRss<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; peak: number; before: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peak, before };
  } finally {
    clearInterval(timer);
  }
}

/** GET over real HTTP, the body counted and dropped as it arrives (what a browser download does). */
function download(
  url: string,
  cookie: string,
): Promise<{ status: number; bytes: number; head: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie } }, (res) => {
        let bytes = 0;
        let head = '';
        res.on('data', (chunk: Buffer) => {
          if (bytes === 0) head = chunk.subarray(0, 2).toString('latin1');
          bytes += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, head }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

async function sessionCookie(app: FastifyInstance, username: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: BENCH_PASSWORD },
  });
  const c = res.cookies.find((x) => x.name === 'tiexin_sid');
  if (!c) throw new Error(`login ${username}: ${res.statusCode}`);
  return `tiexin_sid=${c.value}`;
}

type Row<T> = { rows: T[] };
const one = async <T>(db: Database['db'], q: ReturnType<typeof sql>): Promise<T> =>
  ((await db.execute(q)) as unknown as Row<T>).rows[0] as T;

async function measureEngine(engine: 'pglite' | 'postgres'): Promise<Result[]> {
  const database = await openScaled(engine);
  const { db } = database;
  out(`\n── ${engine} ──  data: ${JSON.stringify(await counts(db))}\n`);

  // TRUST_PROXY: the submission benchmark gives every request its own citizen address
  // (X-Forwarded-For), as a city's citizens would have, so the per-address rate limit of the public
  // form is lifted for this bench's own server and is not what is measured
  const config = loadConfig({
    TIEXIN_DEMO: '0',
    LOG_LEVEL: 'silent',
    FILES_DIR: os.tmpdir(),
    TRUST_PROXY: 'loopback',
  });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const office = await login(app, BENCH_ACCOUNTS.office, BENCH_PASSWORD);
  const unit = await login(app, BENCH_ACCOUNTS.unit, BENCH_PASSWORD);
  const cadre = await login(app, BENCH_ACCOUNTS.cadre, BENCH_PASSWORD);

  const ids = await one<{
    campaign_id: string;
    campaign_start: string;
    unit_path: string;
    cadre_id: string;
    cadre_path: string;
    category_id: string;
  }>(
    db,
    sql`select (select id from campaigns where name = ${CAMPAIGN_NAME}) as campaign_id,
               (select start_date::text from campaigns where name = ${CAMPAIGN_NAME}) as campaign_start,
               (select o.path from users u join orgs o on o.id = u.org_id where u.username = ${BENCH_ACCOUNTS.unit}) as unit_path,
               (select cadre_id from users where username = ${BENCH_ACCOUNTS.cadre}) as cadre_id,
               (select o.path from users u join orgs o on o.id = u.org_id where u.username = ${BENCH_ACCOUNTS.cadre}) as cadre_path,
               (select id from case_categories where name = '道路交通') as category_id`,
  );
  const month = { first: '2014-03-01', last: '2014-03-31' };
  const unitScope = { kind: 'subtree' as const, path: ids.unit_path };
  const cadreScope = { kind: 'subtree' as const, path: ids.cadre_path };
  const compliance = (scope: Parameters<typeof listCompliance>[1]['scope']) => ({
    campaignId: ids.campaign_id,
    campaignStart: ids.campaign_start,
    ...month,
    scope,
  });
  const from2014 = (f: string, t: string) => ({ from: f, to: t });
  // cases of the dashboards' period, one written before each call of the cold-path workload
  const periodCases = (
    (await db.execute(
      sql`select id from cases where created_at < '2014-07-01' order by id limit 200`,
    )) as unknown as { rows: { id: string }[] }
  ).rows.map((r) => r.id);
  let touched = 0;
  const touchCase = (on: Db) =>
    on.execute(
      sql`update cases set updated_at = now() where id = ${periodCases[touched++ % periodCases.length]}`,
    );

  const workloads = [
    {
      name: `cases: list, whole bureau (page 1 of ${scale.cases})`,
      api: () => office.get('/api/cases?page=1&pageSize=20'),
      raw: (db: Db) => listCases(db, { kind: 'all' }, {}, { limit: 20, offset: 0 }),
    },
    {
      name: 'cases: list, filters (status+category+dates), page 3',
      api: () =>
        office.get(
          `/api/cases?status=signed_off&categoryId=${ids.category_id}&from=2014-03-01&to=2014-08-31&page=3&pageSize=20`,
        ),
      raw: (db: Db) =>
        listCases(
          db,
          { kind: 'all' },
          {
            status: 'signed_off',
            categoryId: ids.category_id,
            ...from2014('2014-03-01', '2014-08-31'),
          },
          { limit: 20, offset: 40 },
        ),
    },
    {
      name: 'cases: list, page 100 of the bureau',
      api: () => office.get('/api/cases?page=100&pageSize=20'),
      raw: (db: Db) => listCases(db, { kind: 'all' }, {}, { limit: 20, offset: 1980 }),
    },
    {
      name: 'cases: Chinese text search 灌溉, bureau',
      api: () => office.get(`/api/cases?q=${encodeURIComponent('灌溉')}&pageSize=20`),
      raw: (db: Db) => listCases(db, { kind: 'all' }, { q: '灌溉' }, { limit: 20, offset: 0 }),
    },
    {
      name: 'cases: one unit, status 办理中',
      api: () => unit.get('/api/cases?status=in_progress&pageSize=20'),
      raw: (db: Db) =>
        listCases(db, unitScope, { status: 'in_progress' }, { limit: 20, offset: 0 }),
    },
    {
      name: "cases: a cadre's ledger page (cadreId, as the cadre)",
      api: () => cadre.get(`/api/cases?cadreId=${ids.cadre_id}&pageSize=20`),
      raw: (db: Db) =>
        listCases(db, cadreScope, { cadreId: ids.cadre_id }, { limit: 20, offset: 0 }),
    },
    {
      name: 'compliance: one unit, one month (page of 20)',
      api: () => unit.get('/api/compliance?month=2014-03'),
      raw: (db: Db) => listCompliance(db, compliance(unitScope), { limit: 20, offset: 0 }),
    },
    {
      name: 'compliance: whole bureau, one month (page of 20)',
      api: () => office.get('/api/compliance?month=2014-03'),
      raw: (db: Db) => listCompliance(db, compliance({ kind: 'all' }), { limit: 20, offset: 0 }),
    },
    {
      name: 'compliance: per-unit roll-up of the bureau',
      api: () => office.get('/api/compliance/units?month=2014-03'),
      raw: (db: Db) => unitRollup(db, compliance({ kind: 'all' })),
    },
    // --- learning and self-examination (issue 13) ---
    {
      name: 'learning: participation, one unit (page of 20)',
      api: () => unit.get(`/api/learning/participation?campaignId=${ids.campaign_id}`),
      raw: (db: Db) =>
        listParticipation(
          db,
          { campaignId: ids.campaign_id, scope: unitScope },
          { limit: 20, offset: 0 },
        ),
    },
    {
      name: 'learning: participation per unit, whole bureau',
      api: () => office.get(`/api/learning/units?campaignId=${ids.campaign_id}`),
      raw: (db: Db) =>
        unitParticipation(db, { campaignId: ids.campaign_id, scope: { kind: 'all' } }),
    },
    {
      name: 'rectifications: list, one unit (page of 20)',
      api: () => unit.get('/api/rectifications'),
      raw: (db: Db) =>
        listRectifications(db, { scope: unitScope }, {}, { limit: 20, offset: 0 }, todayInChina()),
    },
    {
      name: 'rectifications: overdue, whole bureau (page of 20)',
      api: () => office.get('/api/rectifications?overdue=true'),
      raw: (db: Db) =>
        listRectifications(
          db,
          { scope: { kind: 'all' } },
          { overdue: true },
          { limit: 20, offset: 0 },
          todayInChina(),
        ),
    },
    // --- dashboards (issue 14): the home page of the office and of a unit admin, June 2014 ---
    {
      name: 'dashboard: whole bureau (campaign to 2014-06-30)',
      api: () => office.get('/api/dashboard?to=2014-06-30'),
      raw: (db: Db) => computeDashboard(db, { kind: 'all' }, { to: '2014-06-30' }),
    },
    {
      // the cold path: a case of the period changes before each call (a status step would do the
      // same), so its month and day cells are stale and the dashboard computes them again
      name: 'dashboard: whole bureau, a case written before each call',
      api: async () => {
        await touchCase(db);
        return office.get('/api/dashboard?to=2014-06-30');
      },
      raw: async (db: Db) => {
        await touchCase(db);
        return computeDashboard(db, { kind: 'all' }, { to: '2014-06-30' });
      },
    },
    {
      name: 'dashboard: one unit (campaign to 2014-06-30)',
      api: () => unit.get('/api/dashboard?to=2014-06-30'),
      raw: (db: Db) => computeDashboard(db, unitScope, { to: '2014-06-30' }),
    },
  ].filter((w) => only(w.name));

  const results: Result[] = [];
  for (const w of workloads) {
    const check = await w.api();
    if (check.statusCode !== 200)
      throw new Error(`${w.name}: ${check.statusCode} ${check.body.slice(0, 200)}`);
    const raw = await recordRaw(database, w.raw);
    const { api: apiTimes, raw: rawTimes } = await timePair(ITERATIONS, w.api, raw);
    const p99 = percentile(apiTimes, 99);
    const rawP99 = percentile(rawTimes, 99);
    results.push({
      name: w.name,
      engine,
      p50_ms: percentile(apiTimes, 50),
      p99_ms: p99,
      rps: null,
      baseline:
        'raw SQL p99 (the SQL the repo call sends, replayed on the engine client; same run)',
      baseline_value: rawP99,
      ratio: round(p99 / rawP99),
      rss_mb: rssMb(),
    });
    out(
      `  ${w.name}: p50 ${percentile(apiTimes, 50)} / p99 ${p99} ms (raw p50 ${percentile(rawTimes, 50)} / p99 ${rawP99} ms)\n`,
    );
  }

  if (ONLY) {
    await app.close();
    await database.close();
    return results;
  }

  // ledger export: every case of the bureau, over real HTTP, three times
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const cookie = await sessionCookie(app, BENCH_ACCOUNTS.office);
  const total = await one<{ n: number }>(db, sql`select count(*)::int as n from cases`);
  if (total.n > EXPORT_LIMIT) {
    out(
      `  export: not measured — ${total.n} cases are over the export's cap of ${EXPORT_LIMIT} rows (refused by design, asking to narrow the filter)\n`,
    );
  } else {
    const walls: number[] = [];
    let peak = 0;
    let growth = 0;
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const m = await peakRss(() => download(`http://127.0.0.1:${port}/api/cases/export`, cookie));
      walls.push(performance.now() - t0);
      if (m.value.status !== 200 || m.value.head !== 'PK')
        throw new Error(`export: ${m.value.status} ${m.value.head}`);
      bytes = m.value.bytes;
      peak = Math.max(peak, m.peak);
      growth = Math.max(growth, m.peak - m.before);
    }
    walls.sort((a, b) => a - b);
    results.push({
      name: `cases: ledger Excel export, ${total.n} rows (streamed)`,
      engine,
      p50_ms: round(walls[1] as number, 0),
      p99_ms: round(walls[2] as number, 0),
      rps: null,
      baseline: 'target: wall time < 3000 ms and < 150 MB RSS',
      baseline_value: 3000,
      ratio: round((walls[1] as number) / 3000),
      rss_mb: Math.round(peak / MB),
      rss_growth_mb: Math.round(growth / MB),
    });
    out(
      `  export: ${Math.round(walls[1] as number)} ms median of 3, ${(bytes / MB).toFixed(1)} MB xlsx, peak RSS ${Math.round(peak / MB)} MB (+${Math.round(growth / MB)} MB over the export)\n`,
    );
  }

  out(
    '  submissions: the per-address rate limit of the public form is lifted for this run (TRUST_PROXY=loopback, every request from its own X-Forwarded-For address)\n',
  );
  results.push(...(await measureSubmissions(app, database, DURATION)));

  await app.close();
  await database.close();
  return results;
}

/** gzip size of the JS a page loads first: its module script and modulepreload links. */
function firstLoadJs(app: 'public' | 'admin'): { kb: number; files: string[] } {
  const dir = path.join(root, 'dist', 'web', app);
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g),
  ].map((m) => m[1] as string);
  const files = [...new Set(refs)];
  let bytes = 0;
  for (const ref of files) {
    // built with a base path (/admin/…, /…): resolve the file under dist/web
    const rel = ref.replace(/^\//, '');
    const candidates = [
      path.join(dir, rel),
      path.join(root, 'dist', 'web', rel),
      path.join(dir, path.basename(path.dirname(rel)), path.basename(rel)),
    ];
    const file = candidates.find((f) => fs.existsSync(f));
    if (!file) throw new Error(`web assets: ${ref} of ${app}/index.html not found`);
    bytes += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  return { kb: round(bytes / 1024, 1), files };
}

function measureWeb(): Result[] {
  const built = ['public', 'admin'].every((a) =>
    fs.existsSync(path.join(root, 'dist', 'web', a, 'index.html')),
  );
  if (!built) throw new Error('dist/web is missing: run `npm run build:web` first');
  const targets = { public: 60, admin: 400 } as const;
  return (['public', 'admin'] as const).map((a) => {
    const { kb, files } = firstLoadJs(a);
    out(`  web ${a}: ${kb} KB gzip in ${files.length} files (${files.join(', ')})\n`);
    return {
      name: `web: ${a === 'public' ? "citizens' site" : 'admin'} first-load JS (gzip KB)`,
      engine: 'web',
      p50_ms: null,
      p99_ms: null,
      rps: null,
      baseline: `target < ${targets[a]} KB gzip`,
      baseline_value: targets[a],
      ratio: round(kb / targets[a]),
      rss_mb: 0,
      gzip_kb: kb,
    };
  });
}

/** Regressions > 20 % against the recorded baseline: slower p99, fewer req/s, bigger assets, more RSS. */
function regressions(latest: Result[], baseline: Result[]): string[] {
  const lines: string[] = [];
  for (const r of latest) {
    const b = baseline.find((x) => x.name === r.name && x.engine === r.engine);
    if (!b) continue;
    const worse = (
      what: string,
      now: number | null | undefined,
      was: number | null | undefined,
      higherIsWorse: boolean,
    ) => {
      if (now == null || was == null || was === 0) return;
      const change = (now - was) / was;
      if (higherIsWorse ? change > 0.2 : change < -0.2)
        lines.push(
          `${r.name} [${r.engine}]: ${what} ${was} → ${now} (${change > 0 ? '+' : ''}${Math.round(change * 100)} %)`,
        );
    };
    worse('p99 ms', r.p99_ms, b.p99_ms, true);
    worse('req/s', r.rps, b.rps, false);
    worse('gzip KB', r.gzip_kb, b.gzip_kb, true);
    worse('RSS growth MB', r.rss_growth_mb, b.rss_growth_mb, true);
  }
  return lines;
}

function targets(results: Result[]): string[] {
  const lines: string[] = [];
  const verdict = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
  for (const r of results) {
    if (r.name.startsWith('cases: public submission'))
      lines.push(
        `${verdict(r.ratio >= 0.5)} submission ≥ 50 % of the bare insert [${r.engine}]: ${Math.round(r.ratio * 100)} %`,
      );
    else if (r.name.includes('export'))
      lines.push(
        `${verdict((r.p50_ms ?? 0) < 3000 && (r.rss_growth_mb ?? 0) < 150)} export < 3 s and < 150 MB [${r.engine}]: ${r.p50_ms} ms, +${r.rss_growth_mb} MB (process peak ${r.rss_mb} MB)`,
      );
    else if (r.engine === 'web')
      lines.push(`${verdict(r.ratio < 1)} ${r.name}: ${r.gzip_kb} KB (${r.baseline})`);
    else if (r.name.startsWith('dashboard:')) {
      // issue 14's targets are the p99s (the bureau's every figure within 100 ms, a unit's within
      // 50), "with its raw SQL beside it": the ratio is shown, not judged — the dashboard is ~16
      // statements, and the app's fixed ~10 ms per call (session, query building, row parsing)
      // weighs more the faster they get (docs/performance.md, "Third session")
      const limit = r.name.startsWith('dashboard: whole bureau') ? 100 : 50;
      lines.push(
        `${verdict((r.p99_ms ?? 0) < limit)} ${r.name} [${r.engine}]: p99 ${r.p99_ms} ms (< ${limit}); ${r.ratio} × raw (shown)`,
      );
    } else
      lines.push(
        `${verdict(r.ratio <= 1.5 && (r.p99_ms ?? 0) < 50)} ${r.name} [${r.engine}]: p99 ${r.p99_ms} ms (< 50), ${r.ratio} × raw`,
      );
  }
  return lines;
}

async function main() {
  // province scale is PostgreSQL only, as its seed is
  const engines: ('pglite' | 'postgres')[] =
    scaleName === 'province' ? ['postgres'] : databaseUrl ? ['pglite', 'postgres'] : ['pglite'];
  out(
    `bench: ${scaleName} scale, engines ${engines.join(' + ')}, ${ITERATIONS} iterations, ${DURATION} s load\n`,
  );
  const webDist = path.join(root, 'dist', 'web');
  if (!fs.existsSync(path.join(webDist, 'public', 'index.html')))
    out('dist/web missing: run `npm run build:web` first for the asset sizes\n');
  const results: Result[] = [];
  for (const engine of engines) results.push(...(await measureEngine(engine)));
  if (!ONLY) results.push(...measureWeb());

  const num = (x: number | null, d = 1) => (x === null ? '' : x.toFixed(d));
  out(
    `\n${'workload'.padEnd(56)} ${'engine'.padEnd(8)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'base'.padStart(8)} ${'ratio'.padStart(6)} ${'req/s'.padStart(7)} ${'rss'.padStart(5)}\n`,
  );
  for (const r of results) {
    out(
      `${r.name.padEnd(56)} ${r.engine.padEnd(8)} ${num(r.p50_ms).padStart(8)} ${num(r.p99_ms).padStart(8)} ${num(r.gzip_kb ?? r.baseline_value).padStart(8)} ${r.ratio.toFixed(2).padStart(6)} ${(r.rps === null ? '' : String(r.rps)).padStart(7)} ${String(r.rss_mb).padStart(5)}\n`,
    );
  }
  out(
    scaleName === 'city'
      ? '\ntargets (issue 5):\n'
      : `\ntargets (issue 5, set for city scale — informative at ${scaleName} scale):\n`,
  );
  for (const l of targets(results)) out(`  ${l}\n`);

  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  // a run is compared only with a run of the same scale: the city baseline is committed,
  // another scale keeps its own (baseline.<scale>.json)
  const baselineName = scaleName === 'city' ? 'baseline.json' : `baseline.${scaleName}.json`;
  const baselineFile = path.join(dir, baselineName);
  if (fs.existsSync(baselineFile)) {
    const found = regressions(
      results,
      JSON.parse(fs.readFileSync(baselineFile, 'utf8')) as Result[],
    );
    out(
      `\nregressions > 20 % against bench/results/${baselineName}: ${found.length === 0 ? 'none' : found.length}\n`,
    );
    for (const l of found) out(`  REGRESSION ${l}\n`);
  } else {
    out(
      `\nno bench/results/${baselineName} yet: \`npm run bench -- --scale ${scaleName} --record\` records this run as the baseline\n`,
    );
  }
  if (RECORD && !ONLY) {
    fs.writeFileSync(baselineFile, `${JSON.stringify(results, null, 2)}\n`);
    out(`recorded: bench/results/${baselineName}\n`);
  }
  out(
    `\nwritten: bench/results/latest.json (${os.cpus().length} cores, node ${process.version}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')})\n`,
  );
}

await main();
