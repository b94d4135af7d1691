/**
 * `npm run bench [-- --scale city|small] [--database-url postgres://…]`
 *
 * Builds (once, then reuses) a scaled database, starts the app in-process and measures each
 * workload beside its physical limit in the same run: the API route's p50/p99 against the raw SQL
 * of the same query run directly on the engine. Prints a table and writes bench/results/latest.json.
 * Numbers are for the machine it ran on; see docs/performance.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { type Database, migrateDatabase, openDatabase } from '../server/db/client.ts';
import { listCases } from '../server/modules/cases/cases.repo.ts';
import { listCompliance } from '../server/modules/compliance/compliance.repo.ts';
import { login } from '../server/test/app.ts';
import { BENCH_PASSWORD, countCases, counts, generate, generateCases, SCALES } from './generate.ts';
import { measureSubmissions } from './submissions.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const scaleName = (arg('--scale') ?? 'city') as keyof typeof SCALES;
const scale = SCALES[scaleName];
if (!scale) throw new Error(`unknown scale ${scaleName}`);
const databaseUrl = arg('--database-url');
const ITERATIONS = Number(arg('--iterations') ?? 40);
/** seconds of autocannon load per throughput workload */
const DURATION = Number(arg('--duration') ?? 10);

export type Result = {
  name: string;
  engine: string;
  p50_ms: number;
  p99_ms: number;
  rps: number | null;
  baseline: string;
  baseline_value: number;
  ratio: number;
  rss_mb: number;
};

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, i)] ?? 0) * 100) / 100;
}

async function time(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

async function openScaled(): Promise<Database> {
  if (databaseUrl) {
    const database = await openDatabase({ engine: 'postgres', url: databaseUrl });
    await migrateDatabase(database);
    return database;
  }
  const dir = path.join(root, 'bench', '.data', `${scaleName}-pglite`);
  const fresh = !fs.existsSync(dir);
  const database = await openDatabase({ engine: 'pglite', dir });
  await migrateDatabase(database);
  if (fresh) process.stdout.write(`new database in ${dir}\n`);
  return database;
}

async function main() {
  const database = await openScaled();
  const { db } = database;
  let c = await counts(db);
  if (!c || c.cadres === 0) {
    process.stdout.write(`generating the ${scaleName} scale data…\n`);
    const t0 = performance.now();
    await generate(db, scale, (l) => process.stdout.write(`${l}\n`));
    process.stdout.write(`generated in ${Math.round((performance.now() - t0) / 1000)} s\n`);
    c = await counts(db);
  }
  if ((await countCases(db)) === 0) {
    process.stdout.write('generating cases…\n');
    await generateCases(db, scale, (l) => process.stdout.write(`${l}\n`));
  }
  process.stdout.write(`data: ${JSON.stringify({ ...c, cases: await countCases(db) })}\n`);

  // TRUST_PROXY: the submission benchmark gives every request its own citizen address, as a city's
  // citizens would have, so the per-address rate limit of the public form is not what is measured
  const config = loadConfig({
    TIEXIN_DEMO: '0',
    LOG_LEVEL: 'silent',
    FILES_DIR: os.tmpdir(),
    TRUST_PROXY: '1',
  });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const office = await login(app, 'bench-office', BENCH_PASSWORD);
  const unit = await login(app, 'bench-unit', BENCH_PASSWORD);

  const campaign = { id: '00000000-0000-7000-8005-000000000001', start: '2014-01-01' };
  const month = { first: '2014-03-01', last: '2014-03-31' };
  const unitPath = '/00000000-0000-7000-8001-000000000001/';
  const bureauPath = '/00000000-0000-7000-8000-000000000001/';
  const results: Result[] = [];

  const workloads = [
    {
      name: 'compliance: one unit, one month (page of 20)',
      api: () => unit.get('/api/compliance?month=2014-03'),
      raw: () =>
        listCompliance(
          db,
          {
            campaignId: campaign.id,
            campaignStart: campaign.start,
            ...month,
            scope: { kind: 'subtree', path: `${bureauPath}${unitPath.slice(1)}` },
          },
          { limit: 20, offset: 0 },
        ),
    },
    {
      name: 'compliance: whole bureau, one month (page of 20)',
      api: () => office.get('/api/compliance?month=2014-03'),
      raw: () =>
        listCompliance(
          db,
          {
            campaignId: campaign.id,
            campaignStart: campaign.start,
            ...month,
            scope: { kind: 'all' },
          },
          { limit: 20, offset: 0 },
        ),
    },
    {
      name: 'compliance: per-unit roll-up of the bureau',
      api: () => office.get('/api/compliance/units?month=2014-03'),
      raw: async () => {
        const { unitRollup } = await import('../server/modules/compliance/compliance.repo.ts');
        return unitRollup(db, {
          campaignId: campaign.id,
          campaignStart: campaign.start,
          ...month,
          scope: { kind: 'all' },
        });
      },
    },
    {
      name: `cases: list, whole bureau (page of 20 of ${scale.cases})`,
      api: () => office.get('/api/cases?page=1&pageSize=20'),
      raw: () => listCases(db, { kind: 'all' }, {}, { limit: 20, offset: 0 }),
    },
    {
      name: 'cases: list, page 100 of the bureau',
      api: () => office.get('/api/cases?page=100&pageSize=20'),
      raw: () => listCases(db, { kind: 'all' }, {}, { limit: 20, offset: 1980 }),
    },
    {
      name: 'cases: Chinese text search 灌溉, bureau',
      api: () => office.get(`/api/cases?q=${encodeURIComponent('灌溉')}&pageSize=20`),
      raw: () => listCases(db, { kind: 'all' }, { q: '灌溉' }, { limit: 20, offset: 0 }),
    },
    {
      name: 'cases: one unit, status 办理中',
      api: () => unit.get('/api/cases?status=in_progress&pageSize=20'),
      raw: () =>
        listCases(
          db,
          { kind: 'subtree', path: `${bureauPath}${unitPath.slice(1)}` },
          { status: 'in_progress' },
          { limit: 20, offset: 0 },
        ),
    },
  ];

  for (const w of workloads) {
    const check = await w.api();
    if (check.statusCode !== 200)
      throw new Error(`${w.name}: ${check.statusCode} ${check.body.slice(0, 200)}`);
    const apiTimes = await time(ITERATIONS, w.api);
    const rawTimes = await time(ITERATIONS, w.raw);
    const p99 = percentile(apiTimes, 99);
    const rawP99 = percentile(rawTimes, 99);
    results.push({
      name: w.name,
      engine: database.engine,
      p50_ms: percentile(apiTimes, 50),
      p99_ms: p99,
      rps: null,
      baseline: 'raw SQL p99 (same query, same engine)',
      baseline_value: rawP99,
      ratio: Math.round((p99 / rawP99) * 100) / 100,
      rss_mb: Math.round(process.memoryUsage().rss / 1_048_576),
    });
  }

  results.push(...(await measureSubmissions(app, database, DURATION)));

  await app.close();
  await database.close();

  process.stdout.write(
    `\n${'workload'.padEnd(52)} ${'engine'.padEnd(8)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'base'.padStart(8)} ${'ratio'.padStart(6)} ${'req/s'.padStart(7)}\n`,
  );
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(52)} ${r.engine.padEnd(8)} ${r.p50_ms.toFixed(1).padStart(8)} ${r.p99_ms.toFixed(1).padStart(8)} ${r.baseline_value.toFixed(1).padStart(8)} ${r.ratio.toFixed(2).padStart(6)} ${(r.rps === null ? '' : String(r.rps)).padStart(7)}\n`,
    );
  }
  const outDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    `\nwritten: bench/results/latest.json (${os.cpus().length} cores, node ${process.version})\n`,
  );
}

await main();
