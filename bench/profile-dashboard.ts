/**
 * The dashboard's parts timed one by one on the bench's city data (docs/performance.md,
 * "Dashboard"): `npx tsx bench/profile-dashboard.ts [--database-url postgres://…] [--runs 5]`.
 * Prints the median of each part for the whole bureau and for the bench's unit admin, with the
 * period of the bench's workload (the campaign to 2014-06-30). Run `npm run bench -- --scale city`
 * once first: it generates the data.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/db/client.ts';
import { findCampaignRow } from '../server/modules/campaigns/campaigns.repo.ts';
import { caseStats } from '../server/modules/cases/cases.service.ts';
import { monthFigures } from '../server/modules/compliance/compliance.service.ts';
import { computeDashboard } from '../server/modules/dashboard/dashboard.service.ts';
import { serverModules } from '../server/modules/index.ts';
import type { Scope } from '../server/platform/access.ts';
import { type DashboardFilter, registerDashboardTiles } from '../server/platform/dashboard.ts';
import { BENCH_ACCOUNTS } from './generate.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const url = arg('--database-url');
const RUNS = Number(arg('--runs') ?? 5);
const database = url
  ? await openDatabase({ engine: 'postgres', url })
  : await openDatabase({
      engine: 'pglite',
      dir: path.join(import.meta.dirname, '.data', 'city', 'pgdata'),
    });
const { db } = database;
const tiles = serverModules.flatMap((m) => m.dashboardTiles ?? []);
registerDashboardTiles(tiles);

const unitPath = (
  (await db.execute(
    sql`select o.path from users u join orgs o on o.id = u.org_id where u.username = ${BENCH_ACCOUNTS.unit}`,
  )) as unknown as { rows: { path: string }[] }
).rows[0]?.path as string;

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return Math.round((t[Math.floor(t.length / 2)] as number) * 10) / 10;
}

const query = { to: '2014-06-30' };
for (const [name, scope] of [
  ['bureau', { kind: 'all' }],
  ['unit', { kind: 'subtree', path: unitPath }],
] as [string, Scope][]) {
  const d = await computeDashboard(db, scope, query, { today: '2026-12-07' });
  const filter: DashboardFilter = {
    from: d.period.from,
    to: d.period.to,
    orgId: null,
    orgPath: null,
    campaignId: d.campaign?.id ?? null,
    campaign: d.campaign ? ((await findCampaignRow(db, d.campaign.id)) ?? null) : null,
    month: d.compliance.month,
    today: '2026-12-07',
  };
  const parts: Record<string, number> = {
    whole: await median(() => computeDashboard(db, scope, query, { today: '2026-12-07' })),
    'cases only (no tiles)': await (async () => {
      registerDashboardTiles([]);
      const ms = await median(() => computeDashboard(db, scope, query, { today: '2026-12-07' }));
      registerDashboardTiles(tiles);
      return ms;
    })(),
  };
  const parentPath =
    scope.kind === 'all'
      ? ((
          (await db.execute(
            sql`select path from orgs where parent_id is null limit 1`,
          )) as unknown as { rows: { path: string }[] }
        ).rows[0]?.path as string)
      : scope.path;
  parts['case figures'] = await median(() =>
    caseStats(db, scope, {
      from: d.period.from,
      to: d.period.to,
      today: '2026-12-07',
      parentPath,
      weekFrom: '2014-06-24',
      fourWeeksFrom: '2014-06-03',
      yearFrom: '2014-01-01',
      watch: { reopened: 3, units: 3 },
    }),
  );
  const trendMonths = ['2014-01', '2014-02', '2014-03', '2014-04', '2014-05', '2014-06', '2013-06'];
  parts['compliance, 7 months (kept cells)'] = await median(() =>
    monthFigures(db, scope, { months: trendMonths.map((month) => ({ month })), parentPath }),
  );
  // the same after a write marked one unit's month (a visit day logged): that unit's cell again
  parts['compliance, 7 months after a mark'] = await median(async () => {
    await db.execute(
      sql`insert into compliance_marks (org_id, from_month, to_month)
          select org_id, '2014-06-01', '2014-06-01' from cadres where active limit 1`,
    );
    return monthFigures(db, scope, { months: trendMonths.map((month) => ({ month })), parentPath });
  });
  for (const t of tiles) parts[`tile ${t.key}`] = await median(() => t.compute(db, scope, filter));
  console.log(name, JSON.stringify(parts));
}
await database.close();
