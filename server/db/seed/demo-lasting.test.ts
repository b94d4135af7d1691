import { beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../common/dates.ts';
import { type Client, login } from '../../test/app.ts';
import { useTestApp } from '../../test/hooks.ts';
import { inTransaction } from '../tx.ts';
import { loadDemoData } from './bootstrap.ts';
import { DEMO_CASE_COUNT_2015 } from './demo-cases.ts';
import { DEMO_PASSWORD } from './demo-data.ts';
import { DEMO_2015_NAME } from './demo-lasting.ts';

type Campaign = { id: string; name: string; state: string; startDate: string; endDate: string };

/** The demo of the lasting mechanism (issue 14 §3): 2014, its 2015 copy with data, this year. */
describe('demo: the 2015 copy and this year’s 常态化 campaign', () => {
  const t = useTestApp();
  let office: Client;
  let campaigns: Campaign[];
  const named = (name: string) => campaigns.find((c) => c.name === name) as Campaign;

  beforeAll(async () => {
    await inTransaction(t.db, (tx) => loadDemoData(tx));
    office = await login(t.app, 'office', DEMO_PASSWORD);
    campaigns = (await office.get('/api/campaigns?pageSize=50')).json().items;
  });

  it('has 2014 and its 2015 copy ended, and this year’s campaign ongoing through phases', async () => {
    expect(named('学习龚全珍，争做贴心人')).toMatchObject({ state: 'ended' });
    const c2015 = named(DEMO_2015_NAME);
    expect(c2015).toMatchObject({ state: 'ended', startDate: '2015-02-01', endDate: '2015-09-30' });
    const year = todayInChina().slice(0, 4);
    const now = named(`入户结亲常态化（${year}年）`);
    expect(now).toMatchObject({ state: 'ongoing', startDate: `${year}-01-01` });
    const phases = (await office.get(`/api/campaigns/${now.id}/phases`)).json().items as {
      startDate: string;
      endDate: string;
    }[];
    expect(phases[0]?.startDate).toBe(`${year}-01-01`);
    expect(phases.at(-1)?.endDate).toBe(`${year}-12-31`);
    const today = todayInChina();
    expect(phases.filter((p) => p.startDate <= today && today <= p.endDate)).toHaveLength(1);
  });

  it('made the 2015 campaign with the copy: it carries the 2014 set-up and marks', async () => {
    const c2015 = named(DEMO_2015_NAME);
    const gong = named('学习龚全珍，争做贴心人');
    const copied = (await office.get(`/api/campaigns/${c2015.id}/activities`)).json().items;
    expect(copied).toHaveLength(9);
    const materials = (await office.get(`/api/materials?campaignId=${c2015.id}`)).json();
    const old = (await office.get(`/api/materials?campaignId=${gong.id}`)).json();
    expect(materials.total).toBe(old.total);
    expect(materials.items.every((m: { sentUnits: number }) => m.sentUnits === 0)).toBe(true);
    const marks2014 = (await office.get(`/api/good-practices?campaignId=${gong.id}`)).json();
    expect(marks2014.total).toBe(3);
    const marks2015 = (await office.get(`/api/good-practices?campaignId=${c2015.id}`)).json();
    const carried = marks2015.items.filter(
      (p: { sourceCampaignId: string | null }) => p.sourceCampaignId === gong.id,
    );
    expect(carried).toHaveLength(3);
    expect(marks2015.items.filter((p: { kind: string }) => p.kind === 'case')).toHaveLength(2);
  });

  it('marks this year’s research reports and cases as 经验做法', async () => {
    const year = todayInChina().slice(0, 4);
    const now = named(`入户结亲常态化（${year}年）`);
    const marks = (await office.get(`/api/good-practices?campaignId=${now.id}`)).json();
    const kinds = marks.items.map((p: { kind: string; documentKind: string | null }) =>
      p.kind === 'case' ? 'case' : p.documentKind,
    );
    expect(kinds.sort()).toEqual(['case', 'case', 'research', 'research']);
  });

  it('gives 2015 its own cases, compliance and assignments’ progress', async () => {
    const total = async (q: string) =>
      (await office.get(`/api/cases?pageSize=1&from=2015-01-01&to=2015-12-31${q}`)).json().total;
    expect(await total('')).toBe(DEMO_CASE_COUNT_2015);
    expect(await total('&status=signed_off')).toBeGreaterThan(DEMO_CASE_COUNT_2015 / 2);
    for (const status of ['received', 'assigned', 'in_progress', 'answered'])
      expect(await total(`&status=${status}`), status).toBe(0);
    expect(await total('&overdue=true')).toBe(0);

    const compliance = (await office.get('/api/compliance?month=2015-05&pageSize=200')).json();
    expect(compliance.campaign.name).toBe(DEMO_2015_NAME);
    const met = compliance.items.filter((i: { met: boolean }) => i.met).length;
    expect(compliance.total).toBeGreaterThan(15);
    expect(met).toBeGreaterThan(compliance.total / 2);
    expect(met).toBeLessThan(compliance.total);

    const c2015 = named(DEMO_2015_NAME);
    const list = (
      await office.get(`/api/assignments?campaignId=${c2015.id}&pageSize=200`)
    ).json() as { total: number; items: { status: string; overdue: boolean }[] };
    expect(list.total).toBeGreaterThanOrEqual(40);
    const done = list.items.filter((a) => a.status === 'done').length;
    expect(done).toBeGreaterThan(list.total / 2);
    expect(done).toBeLessThan(list.total);
    expect(list.items.some((a) => a.overdue)).toBe(true);
  });
});
