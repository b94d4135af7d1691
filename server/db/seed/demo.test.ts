import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, login, makeTestApp, type TestApp } from '../../test/app.ts';
import { inTransaction } from '../tx.ts';
import { loadDemoData } from './bootstrap.ts';
import { DEMO_PASSWORD } from './demo-data.ts';

describe('demo data', () => {
  let t: TestApp;
  let office: Client;
  beforeAll(async () => {
    t = await makeTestApp();
    await inTransaction(t.db, (tx) => loadDemoData(tx));
    office = await login(t.app, 'office', DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  it('has the bureau with its offices and units, about 60 cadres of all ranks, contact points', async () => {
    const orgs = (await office.get('/api/orgs')).json().items as { kind: string }[];
    expect(
      orgs.filter((o) => o.kind === 'office' || o.kind === 'unit').length,
    ).toBeGreaterThanOrEqual(8);
    const cadres = (await office.get('/api/cadres?pageSize=200')).json();
    expect(cadres.total).toBeGreaterThanOrEqual(55);
    const ranks = new Set(cadres.items.map((c: { rank: string }) => c.rank));
    expect([...ranks].sort()).toEqual(['county', 'other', 'section']);
    expect((await office.get('/api/contact-points')).json().total).toBeGreaterThanOrEqual(2);
  });

  it('logs every demo account in', async () => {
    for (const u of ['admin', 'office', 'unit', 'cadre', 'inspector'])
      await login(t.app, u, DEMO_PASSWORD);
  });

  it('runs the 2014 campaign with a realistic mix of met and not met', async () => {
    const res = (await office.get('/api/compliance?month=2014-03&pageSize=200')).json();
    expect(res.campaign.name).toBe('学习龚全珍，争做贴心人');
    const met = res.items.filter((i: { met: boolean }) => i.met).length;
    expect(res.total).toBeGreaterThan(15);
    expect(met).toBeGreaterThan(res.total / 2);
    expect(met).toBeLessThan(res.total);
    const reasons = new Set(
      res.items.flatMap((i: { reasons: string[] }) => i.reasons.map((r) => r.slice(0, 4))),
    );
    expect(reasons.size).toBeGreaterThanOrEqual(2);
  });

  it("gives the demo cadre his month's progress", async () => {
    const cadre = await login(t.app, 'cadre', DEMO_PASSWORD);
    const me = (await cadre.get('/api/compliance/me?month=2014-03')).json();
    expect(me.progress).toMatchObject({ met: true, pairedHouseholds: 4, poorHouseholdsHelped: 1 });
    const visits = (await cadre.get('/api/visits?month=2014-03')).json();
    expect(visits.total).toBeGreaterThanOrEqual(3);
  });

  it('runs a year-round campaign this year too, so the current month has a quota (plan item 9)', async () => {
    const cadre = await login(t.app, 'cadre', DEMO_PASSWORD);
    const me = (await cadre.get('/api/compliance/me')).json();
    expect(me.campaign.name).toMatch(/^入户结亲常态化（\d{4}年）$/);
    expect(me.progress).toMatchObject({
      daysRequired: 3,
      pairedHouseholds: 4,
      poorHouseholdsHelped: 1,
    });
    expect(me.progress.daysLogged).toBeLessThanOrEqual(2);
    const board = (await office.get(`/api/compliance/units?month=${me.month}`)).json();
    expect(board.overall.cadres).toBeGreaterThan(15);
  });
});
