import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { visits } from '../../db/schema/index.ts';
import { makeCadre, makeContactPoint } from '../../test/factories.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeHouseholdAt, makeQuotaCampaign, pair } from '../../test/world-visits.ts';

type Row = { cadreId: string; month: string; days: number };

/**
 * cadre_month_days is derived data kept by triggers on visits (migration 0008): after every kind of
 * write it must equal the days counted from the visits themselves.
 */
describe('days per cadre and month (cadre_month_days)', () => {
  const { t, w } = useWorld();
  let point: { id: string };
  beforeAll(async () => {
    await makeQuotaCampaign(t, { startDate: '2014-01-01', endDate: '2014-12-31' });
    point = await makeContactPoint(t.db, w.unitA, '乙村');
  });

  const rows = async (q: ReturnType<typeof sql>) =>
    ((await t.db.execute(q)) as unknown as { rows: Row[] }).rows;

  /** what the summary holds, in a stable order */
  const stored = (cadreId?: string) =>
    rows(sql`select cadre_id as "cadreId", to_char(month, 'YYYY-MM') as month, days
             from cadre_month_days ${cadreId ? sql`where cadre_id = ${cadreId}` : sql``}
             order by cadre_id, month`);

  /** the same figures counted from the visits, day by day */
  const counted = (cadreId?: string) =>
    rows(sql`select v.cadre_id as "cadreId", to_char(d, 'YYYY-MM') as month,
               count(distinct d::date)::int as days
             from visits v, generate_series(v.start_date::timestamp, v.end_date::timestamp, interval '1 day') d
             ${cadreId ? sql`where v.cadre_id = ${cadreId}` : sql``}
             group by 1, 2 order by 1, 2`);

  async function log(cadreId: string, startDate: string, endDate = startDate) {
    const res = await w.as.office.post('/api/visits', {
      cadreId,
      contactPointId: point.id,
      startDate,
      endDate,
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  }

  async function daysLogged(cadreId: string, month: string) {
    const res = await w.as.office.get(`/api/compliance?month=${month}&pageSize=200`);
    expect(res.statusCode).toBe(200);
    return res.json().items.find((i: { cadreId: string }) => i.cadreId === cadreId)?.daysLogged;
  }

  it('follows visits created, moved across months and deleted through the API', async () => {
    const cadre = await makeCadre(t.db, w.unitA, { rank: 'county' });
    const a = await log(cadre.id, '2014-03-03');
    await log(cadre.id, '2014-03-03'); // a second log on the same day counts once
    const c = await log(cadre.id, '2014-03-30', '2014-04-02'); // over the month end
    expect(await stored(cadre.id)).toEqual([
      { cadreId: cadre.id, month: '2014-03', days: 3 },
      { cadreId: cadre.id, month: '2014-04', days: 2 },
    ]);
    expect(await daysLogged(cadre.id, '2014-03')).toBe(3);

    // moved from March to May: March loses a day (the other log of the 3rd stays), May gains it
    const moved = await w.as.office.patch(`/api/visits/${c}`, {
      startDate: '2014-05-10',
      endDate: '2014-05-11',
    });
    expect(moved.statusCode).toBe(200);
    expect(await stored(cadre.id)).toEqual([
      { cadreId: cadre.id, month: '2014-03', days: 1 },
      { cadreId: cadre.id, month: '2014-05', days: 2 },
    ]);
    expect(await daysLogged(cadre.id, '2014-04')).toBe(0);
    expect(await daysLogged(cadre.id, '2014-05')).toBe(2);

    // deleting one of the two logs of the 3rd leaves the day counted once
    expect((await w.as.office.delete(`/api/visits/${a}`)).statusCode).toBe(204);
    expect(await stored(cadre.id)).toEqual([
      { cadreId: cadre.id, month: '2014-03', days: 1 },
      { cadreId: cadre.id, month: '2014-05', days: 2 },
    ]);
    expect(await stored(cadre.id)).toEqual(await counted(cadre.id));
  });

  it('a month whose last visit is deleted loses its row and counts 0 days', async () => {
    const cadre = await makeCadre(t.db, w.unitA, { rank: 'county' });
    const only = await log(cadre.id, '2014-06-15', '2014-06-17');
    expect(await stored(cadre.id)).toEqual([{ cadreId: cadre.id, month: '2014-06', days: 3 }]);
    expect((await w.as.office.delete(`/api/visits/${only}`)).statusCode).toBe(204);
    expect(await stored(cadre.id)).toEqual([]);
    expect(await daysLogged(cadre.id, '2014-06')).toBe(0);
  });

  it('moving a visit to another cadre moves its days', async () => {
    const from = await makeCadre(t.db, w.unitA, { rank: 'county' });
    const to = await makeCadre(t.db, w.unitA, { rank: 'county' });
    await log(from.id, '2014-07-01', '2014-07-02');
    await t.db.execute(sql`update visits set cadre_id = ${to.id} where cadre_id = ${from.id}`);
    expect(await stored(from.id)).toEqual([]);
    expect(await stored(to.id)).toEqual([{ cadreId: to.id, month: '2014-07', days: 2 }]);
  });

  it('stays exact after bulk inserts, updates and deletes of many rows in one statement', async () => {
    const cadres = await Promise.all(
      [0, 1, 2].map(() => makeCadre(t.db, w.unitA, { rank: 'section' })),
    );
    // 3 cadres × 40 stays of 1–3 days over 2014, overlapping
    await t.db.insert(visits).values(
      cadres.flatMap((c, k) =>
        Array.from({ length: 40 }, (_, i) => {
          const start = new Date(Date.UTC(2014, 0, 1 + ((i * 9 + k * 4) % 360)));
          const end = new Date(start.getTime() + ((i + k) % 3) * 86_400_000);
          return {
            cadreId: c.id,
            contactPointId: point.id,
            startDate: start.toISOString().slice(0, 10),
            endDate: end.toISOString().slice(0, 10),
          };
        }),
      ),
    );
    expect(await stored()).toEqual(await counted());
    await t.db.execute(
      sql`update visits set end_date = end_date + 2 where extract(day from start_date) < 10`,
    );
    expect(await stored()).toEqual(await counted());
    await t.db.execute(
      sql`delete from visits where cadre_id = ${cadres[0]?.id} and start_date < '2014-07-01'`,
    );
    expect(await stored()).toEqual(await counted());
    await t.db.execute(sql`delete from visits where cadre_id = ${cadres[1]?.id}`);
    expect(await stored(cadres[1]?.id)).toEqual([]);
    expect(await stored()).toEqual(await counted());
  });

  it('two transactions logging days of one cadre at the same time both count', async () => {
    const cadre = await makeCadre(t.db, w.unitA, { rank: 'county' });
    const row = (day: string) => ({
      cadreId: cadre.id,
      contactPointId: point.id,
      startDate: day,
      endDate: day,
    });
    let second: Promise<unknown> | undefined;
    await t.db.transaction(async (tx) => {
      await tx.insert(visits).values(row('2014-08-01'));
      // the second one writes while the first is still open (on PostgreSQL it waits for the
      // cadre's lock, then recounts seeing the first one's visit; PGlite runs them one after the other)
      second = t.db.transaction(async (tx2) => {
        await tx2.insert(visits).values(row('2014-08-02'));
      });
      await new Promise((r) => setTimeout(r, 200));
    });
    await second;
    expect(await stored(cadre.id)).toEqual([{ cadreId: cadre.id, month: '2014-08', days: 2 }]);
  });

  it('pairings are read live: ending a pairing through the API changes the month at once', async () => {
    const cadre = await makeCadre(t.db, w.unitA, { rank: 'county' });
    const householdId = await makeHouseholdAt(t, point.id, { headName: '住户丙' });
    await pair(t, cadre.id, householdId, '2014-01-01');
    await log(cadre.id, '2014-09-01');
    const item = async () =>
      (await w.as.office.get('/api/compliance?month=2014-09&pageSize=200'))
        .json()
        .items.find((i: { cadreId: string }) => i.cadreId === cadre.id);
    expect((await item()).pairedHouseholds).toBe(1);
    const list = await w.as.office.get(`/api/pairings?cadreId=${cadre.id}`);
    const pairingId = list.json().items[0]?.id;
    const ended = await w.as.office.post(`/api/pairings/${pairingId}/end`, {
      endDate: '2014-09-10',
      reason: '调整结对',
    });
    expect(ended.statusCode).toBe(200);
    expect((await item()).pairedHouseholds).toBe(0);
  });
});
