import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthBounds } from '../../../common/dates.ts';
import {
  assistance,
  cadreRankHistory,
  cadres,
  campaigns,
  householdCategories,
  households,
  pairings,
  quotaRules,
  visits,
} from '../../db/schema/index.ts';
import { makeCadre, makeContactPoint } from '../../test/factories.ts';
import { useWorld } from '../../test/hooks.ts';
import { help, makeHouseholdAt, makeQuotaCampaign, pair } from '../../test/world-visits.ts';
import { listCompliance } from './compliance.repo.ts';
import { monthFigures } from './compliance.service.ts';

const MONTHS = ['2014-02', '2014-03', '2014-04', '2014-05'];

/**
 * The dashboard's compliance figures come from cells kept per campaign, month and unit, deleted by
 * the marks writes leave (migration 0037). After every kind of write — through any path — the
 * figures must equal the compliance list's, counted live.
 */
describe('compliance cells (the dashboard’s compliance figures)', () => {
  const { t, w } = useWorld();
  let campaignId: string;
  let point: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    campaignId = await makeQuotaCampaign(t, { startDate: '2014-02-01', endDate: '2014-12-31' });
    point = await makeContactPoint(t.db, w.unitA, '甲村');
    const a = await makeCadre(t.db, w.unitA, { name: '甲县级', rank: 'county', leading: true });
    const b = await makeCadre(t.db, w.unitA, { name: '甲科级', rank: 'section' });
    const c = await makeCadre(t.db, w.unitB, { name: '乙县级', rank: 'county' });
    Object.assign(ids, { a: a.id, b: b.id, c: c.id });
    for (const [cadre, n] of [
      [a.id, 3],
      [b.id, 3],
      [c.id, 2],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const h = await makeHouseholdAt(t, point.id, {
          headName: `户${cadre.slice(-4)}${i}`,
          categories: i === 0 ? ['poor'] : [],
        });
        ids[`${cadre}:${i}`] = h;
        await pair(t, cadre, h, '2014-02-01');
      }
      await help(t, cadre, ids[`${cadre}:0`] as string, '2014-02-10');
    }
    for (const day of ['2014-03-03', '2014-03-04', '2014-03-05'])
      await t.db.insert(visits).values({
        cadreId: a.id,
        contactPointId: point.id,
        startDate: day,
        endDate: day,
      });
  });

  /** the list's own figures, counted live, in the shape `monthFigures` gives */
  async function expected(month: string) {
    const { first, last } = monthBounds(month);
    const { items } = await listCompliance(
      t.db,
      { campaignId, campaignStart: '2014-02-01', first, last, scope: { kind: 'all' } },
      { limit: 10_000, offset: 0 },
    );
    const count = (rows: typeof items) => ({
      cadres: rows.length,
      met: rows.filter((r) => r.met).length,
    });
    // each cadre's unit right below the bureau
    const paths = (await t.db.execute(
      sql`select id, split_part(substr(path, ${w.bureau.path.length + 1}::int), '/', 1) as key from orgs`,
    )) as unknown as { rows: { id: string; key: string }[] };
    const keyOf = new Map(paths.rows.map((r) => [r.id, r.key]));
    const units = [...new Set(items.map((r) => keyOf.get(r.orgId)))].sort() as string[];
    return {
      ...count(items),
      leading: count(items.filter((r) => r.leading)),
      byRank: Object.fromEntries(
        (['county', 'section', 'other'] as const)
          .map((rank) => [rank, count(items.filter((r) => r.rank === rank))] as const)
          .filter(([, f]) => f.cadres > 0),
      ),
      byUnit: Object.fromEntries(
        units.map((u) => [u, count(items.filter((r) => keyOf.get(r.orgId) === u))]),
      ),
    };
  }

  async function kept() {
    const figures = await monthFigures(
      t.db,
      { kind: 'all' },
      { months: MONTHS.map((month) => ({ month })), parentPath: w.bureau.path },
    );
    return figures.map((f) => ({
      cadres: f?.cadres,
      met: f?.met,
      leading: f?.leading,
      byRank: Object.fromEntries(
        (f?.byRank ?? []).map((r) => [r.rank, { cadres: r.cadres, met: r.met }]),
      ),
      byUnit: Object.fromEntries(
        (f?.byUnit ?? [])
          .map((u) => [u.key, { cadres: u.cadres, met: u.met }] as const)
          .sort(([x], [y]) => x.localeCompare(y)),
      ),
    }));
  }

  async function expectExact() {
    expect(await kept()).toEqual(await Promise.all(MONTHS.map(expected)));
    // the read took the marks with it
    const marks = await t.db.execute(sql`select count(*)::int as n from compliance_marks`);
    expect((marks as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  }

  const marks = async () =>
    (
      (await t.db.execute(sql`select count(*)::int as n from compliance_marks`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]?.n ?? 0;

  it('computes the missing cells on the first read and keeps them', async () => {
    await expectExact();
    const first = await kept();
    const met = first[1]?.met ?? 0;
    expect(met).toBeGreaterThan(0); // 甲县级 met March: 3 days, 3 households, 1 poor helped
    const stored = await t.db.execute(
      sql`select count(*)::int as n from compliance_cells where campaign_id = ${campaignId}`,
    );
    expect((stored as unknown as { rows: { n: number }[] }).rows[0]?.n).toBeGreaterThan(0);
    // a cell changed behind the reader's back is what the next read returns: they are read, not
    // recounted
    await t.db.execute(
      sql`update compliance_cells set met = met + 100 where campaign_id = ${campaignId} and month = '2014-03-01' and org_id = ${w.unitA.id}`,
    );
    expect((await kept())[1]?.met).toBe(met + 100);
    await t.db.execute(
      sql`update compliance_cells set met = met - 100 where campaign_id = ${campaignId} and month = '2014-03-01' and org_id = ${w.unitA.id}`,
    );
  });

  it('follows visit days, pairings and help written by any path', async () => {
    const b = ids.b as string;
    for (const day of ['2014-04-01', '2014-04-02', '2014-04-03', '2014-04-04', '2014-04-05'])
      await t.db.insert(visits).values({
        cadreId: b,
        contactPointId: point.id,
        startDate: day,
        endDate: day,
      });
    expect(await marks()).toBeGreaterThan(0);
    await expectExact();
    await t.db.execute(sql`delete from visits where cadre_id = ${b} and start_date = '2014-04-05'`);
    await expectExact();
    // a pairing ended in April: April and May no longer count it
    await t.db
      .update(pairings)
      .set({ endDate: '2014-04-10', endReason: '调整' })
      .where(eq(pairings.householdId, ids[`${ids.a}:2`] as string));
    await expectExact();
    await t.db.delete(assistance).where(eq(assistance.cadreId, ids.c as string));
    await expectExact();
    await help(t, ids.c as string, ids[`${ids.c}:0`] as string, '2014-05-20');
    await expectExact();
  });

  it('follows a household no longer poor, and which categories count as poor', async () => {
    await t.db
      .update(households)
      .set({ categories: ['other'] })
      .where(eq(households.id, ids[`${ids.a}:0`] as string));
    await expectExact();
    await t.db
      .update(households)
      .set({ categories: ['poor'] })
      .where(eq(households.id, ids[`${ids.a}:0`] as string));
    await expectExact();
    await t.db
      .update(householdCategories)
      .set({ countsAsPoor: false })
      .where(eq(householdCategories.code, 'poor'));
    await expectExact();
    await t.db
      .update(householdCategories)
      .set({ countsAsPoor: true })
      .where(eq(householdCategories.code, 'poor'));
    await expectExact();
  });

  it('follows cadres moved, deactivated, re-ranked or made leading', async () => {
    const a = ids.a as string;
    await t.db.update(cadres).set({ orgId: w.unitB.id }).where(eq(cadres.id, a));
    await expectExact();
    await t.db.update(cadres).set({ orgId: w.unitA.id, leading: false }).where(eq(cadres.id, a));
    await expectExact();
    await t.db
      .insert(cadreRankHistory)
      .values({ cadreId: a, rank: 'section', effectiveFrom: '2014-04-01' });
    await expectExact();
    await t.db
      .update(cadres)
      .set({ active: false })
      .where(eq(cadres.id, ids.c as string));
    await expectExact();
    await t.db
      .update(cadres)
      .set({ active: true, leading: true })
      .where(eq(cadres.id, ids.c as string));
    await expectExact();
    const late = await makeCadre(t.db, w.branchA, { name: '支部科级', rank: 'section' });
    await expectExact();
    await t.db.delete(cadres).where(eq(cadres.id, late.id));
    await expectExact();
  });

  it('follows the quota rules and the campaign’s start', async () => {
    await t.db.insert(quotaRules).values({
      campaignId,
      rank: 'county',
      effectiveFrom: '2014-04-01',
      minDaysPerMonth: 0,
      minHouseholds: 0,
      maxHouseholds: 9,
      minPoorHelped: 0,
    });
    await expectExact();
    await t.db
      .update(quotaRules)
      .set({ minDaysPerMonth: 1 })
      .where(eq(quotaRules.effectiveFrom, '2014-04-01'));
    await expectExact();
    // help given before the new start no longer counts
    await t.db
      .update(campaigns)
      .set({ startDate: '2014-03-01' })
      .where(eq(campaigns.id, campaignId));
    const shifted = async (month: string) => {
      const { first, last } = monthBounds(month);
      const { items } = await listCompliance(
        t.db,
        { campaignId, campaignStart: '2014-03-01', first, last, scope: { kind: 'all' } },
        { limit: 10_000, offset: 0 },
      );
      return { cadres: items.length, met: items.filter((r) => r.met).length };
    };
    const figures = await monthFigures(
      t.db,
      { kind: 'all' },
      { months: MONTHS.map((month) => ({ month })), parentPath: w.bureau.path },
    );
    // February is no longer the campaign's
    expect(figures[0]).toBeNull();
    expect(figures.slice(1).map((f) => ({ cadres: f?.cadres, met: f?.met }))).toEqual(
      await Promise.all(MONTHS.slice(1).map(shifted)),
    );
    await t.db
      .update(campaigns)
      .set({ startDate: '2014-02-01' })
      .where(eq(campaigns.id, campaignId));
    await expectExact();
    await t.db.execute(sql`truncate cadre_rank_history`);
    await expectExact();
  });

  it('two transactions writing while a reader refreshes: none waits on another, all counted', async () => {
    const a = ids.a as string;
    const b = ids.b as string;
    const day = (cadreId: string, d: string) => ({
      cadreId,
      contactPointId: point.id,
      startDate: d,
      endDate: d,
    });
    // on PostgreSQL the writers only insert marks (no shared row locked), and the reader's refresh
    // holds the cells' table lock; PGlite runs them one after the other
    let second: Promise<unknown> | undefined;
    let reader: Promise<unknown> | undefined;
    await t.db.transaction(async (tx) => {
      await tx.insert(visits).values(day(a, '2014-05-06'));
      second = t.db.transaction(async (tx2) => {
        await tx2.insert(visits).values(day(b, '2014-05-07'));
        await tx2.insert(assistance).values({
          cadreId: a,
          householdId: ids[`${a}:1`] as string,
          date: '2014-05-07',
          measure: '帮扶',
        });
      });
      reader = kept();
      await new Promise((r) => setTimeout(r, 200));
      await tx.insert(assistance).values({
        cadreId: b,
        householdId: ids[`${b}:1`] as string,
        date: '2014-05-06',
        measure: '帮扶',
      });
    });
    await second;
    await reader;
    await expectExact();
  });
});
