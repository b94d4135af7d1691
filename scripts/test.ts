/**
 * `npm test`: everything a change must pass, in order — lint and format, the server–web contract,
 * the catalog of texts, types, unit and API tests on the embedded database, the same API tests on PostgreSQL, the short form of the fault and
 * hostile-input tests (`npm run test:faults`), and the browser tests.
 *
 * PostgreSQL: TEST_DATABASE_URL, or the local server at 127.0.0.1:5432 (database `test`).
 * Chromium: /usr/bin/chromium. Outside CI a missing PostgreSQL or Chromium skips that stage with a
 * warning; with CI=true (or TIEXIN_TEST_REQUIRE_ALL=1) it fails instead.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';

const strict = process.env.CI === 'true' || process.env.TIEXIN_TEST_REQUIRE_ALL === '1';
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const only = process.argv.slice(2);

type Stage = {
  name: string;
  cmd: string[];
  env?: Record<string, string>;
  ready?: () => Promise<string | null>;
};

async function postgresReachable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return null;
  } catch (err) {
    return `PostgreSQL at ${pgUrl.replace(/\/\/[^@]*@/, '//')} is not reachable (${(err as Error).message})`;
  }
}

async function chromiumPresent(): Promise<string | null> {
  return fs.existsSync('/usr/bin/chromium')
    ? null
    : '/usr/bin/chromium is not installed (apt-get install -y chromium)';
}

const npx = (...args: string[]) => ['npx', ...args];
const stages: Stage[] = [
  { name: 'lint', cmd: npx('biome', 'check', '.') },
  // the web takes the server's types from common/ and never loads zod (scripts/check-contract.ts)
  { name: 'contract', cmd: npx('tsx', 'scripts/check-contract.ts') },
  // Excel headers and sheet names come from the catalog, not inline (scripts/check-catalog.ts)
  { name: 'catalog', cmd: npx('tsx', 'scripts/check-catalog.ts') },
  { name: 'types', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'pglite', cmd: npx('vitest', 'run') },
  {
    name: 'postgres',
    cmd: npx('vitest', 'run'),
    env: { TEST_DATABASE_URL: pgUrl },
    ready: postgresReachable,
  },
  {
    // the short form of `npm run test:faults`: fewer kills and fuzzed requests, on PGlite
    name: 'faults',
    cmd: npx('vitest', 'run', '--config', 'vitest.faults.config.ts'),
    env: { FAULTS_SHORT: '1' },
    ready: chromiumPresent,
  },
  {
    name: 'e2e',
    cmd: npx('vitest', 'run', '--config', 'vitest.e2e.config.ts'),
    ready: chromiumPresent,
  },
];

const results: { name: string; status: 'passed' | 'failed' | 'skipped'; note?: string }[] = [];
for (const stage of stages) {
  if (only.length && !only.includes(stage.name)) continue;
  const missing = stage.ready ? await stage.ready() : null;
  if (missing) {
    if (strict) {
      results.push({ name: stage.name, status: 'failed', note: missing });
      process.stderr.write(`\n✗ ${stage.name}: ${missing}\n`);
      continue;
    }
    results.push({ name: stage.name, status: 'skipped', note: missing });
    process.stderr.write(`\n! ${stage.name} skipped: ${missing}\n`);
    continue;
  }
  process.stdout.write(`\n━━ ${stage.name}: ${stage.cmd.join(' ')}\n`);
  const [cmd, ...args] = stage.cmd as [string, ...string[]];
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...stage.env } });
  results.push({ name: stage.name, status: r.status === 0 ? 'passed' : 'failed' });
}

process.stdout.write('\n━━ summary\n');
for (const r of results)
  process.stdout.write(`  ${r.status.padEnd(7)} ${r.name}${r.note ? ` — ${r.note}` : ''}\n`);
const count = (status: string) => results.filter((r) => r.status === status).length;
const failed = count('failed');
// the plain closing line CI reads: stages passed and failed (each stage runs many tests)
process.stdout.write(
  `stages: ${count('passed')} passed, ${failed} failed, ${count('skipped')} skipped\n`,
);
process.exit(failed ? 1 : 0);
