import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CHANNELS, CASE_RATINGS, CASE_STATUSES } from '../../../common/cases.ts';
import type { TDashboard, TFigureLink } from '../../../common/dashboard.ts';
import type { Client } from '../../test/app.ts';
import {
  expectError,
  expectEveryCall,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeCadre } from '../../test/factories.ts';
import {
  makeActivity,
  makeAssignment,
  makeCampaign,
  makePhase,
} from '../../test/factories-campaigns.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeQuotaCampaign } from '../../test/world-visits.ts';

const PERIOD = 'from=2014-03-01&to=2014-03-31';
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/** The total the list behind a figure answers (its path under /api, its query). */
async function listTotal(client: Client, link: TFigureLink): Promise<number> {
  const query = new URLSearchParams(link.query).toString();
  const res = await client.get(`/api${link.path}?${query}`);
  expect(res.statusCode, `${link.path}?${query} ${res.body}`).toBe(200);
  return (res.json() as { total: number }).total;
}

describe('/api/dashboard', () => {
  const { t, w } = useWorld();
  let campaignId: string;

  beforeAll(async () => {
    campaignId = await makeQuotaCampaign(t);
    const phase = await makePhase(t.db, campaignId, {
      name: '学习教育',
      startDate: '2014-02-01',
      endDate: '2014-04-30',
    });
    // 活动项目: one done in unit A, one overdue in unit B (its deadline long past)
    const activity = await makeActivity(t.db, campaignId, { phaseId: phase.id, title: '走访' });
    await makeAssignment(t.db, activity.id, w.unitA, { percent: 100 });
    await makeAssignment(t.db, activity.id, w.unitB, { percent: 20 });
    const march = at('2014-03-10');
    const a = w.unitA.id;
    // unit A (and its branch): two overdue at intake, one overdue in progress, three answered
    await makeCase(t.db, { assignedOrgId: a, acceptDueOn: '2014-03-20', createdAt: march });
    await makeCase(t.db, { assignedOrgId: a, acceptDueOn: '2014-03-20', createdAt: march });
    await makeCase(t.db, {
      status: 'in_progress',
      assignedOrgId: a,
      dueDate: '2014-04-01',
      channel: 'hotline',
      createdAt: march,
    });
    await makeCase(t.db, {
      status: 'answered',
      assignedOrgId: a,
      rating: 'satisfied',
      createdAt: march,
    });
    await makeCase(t.db, {
      status: 'signed_off',
      assignedOrgId: a,
      rating: 'basically',
      createdAt: march,
    });
    await makeCase(t.db, {
      status: 'answered',
      assignedOrgId: a,
      rating: 'dissatisfied',
      dissatisfiedCount: 3,
      createdAt: march,
    });
    await makeCase(t.db, {
      status: 'assigned',
      assignedOrgId: w.branchA.id,
      channel: 'hotline',
      categoryId: '01900000-0000-7000-8000-000000000001',
      createdAt: march,
    });
    // unit B, unassigned, and one outside the period
    await makeCase(t.db, { assignedOrgId: w.unitB.id, channel: 'email', createdAt: march });
    await makeCase(t.db, {
      status: 'answered',
      assignedOrgId: w.unitB.id,
      rating: 'satisfied',
      createdAt: march,
    });
    await makeCase(t.db, { createdAt: march });
    await makeCase(t.db, { assignedOrgId: a, createdAt: at('2014-05-02') });
    // the campaign before (2013, no quota rules) with two cases in its same days
    await makeCampaign(t.db, { startDate: '2013-02-01', endDate: '2013-09-30' });
    await makeCase(t.db, { assignedOrgId: a, createdAt: at('2013-03-12') });
    await makeCase(t.db, { assignedOrgId: a, rating: 'satisfied', createdAt: at('2013-03-13') });
    // cadres for the month's compliance
    await makeCadre(t.db, w.unitA, { rank: 'county', leading: true });
    await makeCadre(t.db, w.branchA, { rank: 'section' });
    await makeCadre(t.db, w.unitB, { rank: 'section' });
  });

  const get = async (client: Client, query = PERIOD) => {
    const res = await client.get(`/api/dashboard?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TDashboard;
  };

  it('answers 401 without login, 403 to a cadre, 400 for bad input, 404 for another unit', async () => {
    await expectEveryCall(
      t.app,
      [
        ['GET', '/api/dashboard'],
        ['GET', '/api/dashboard/export'],
      ],
      401,
    );
    expectError(await w.as.cadre.get('/api/dashboard'), 403, 'FORBIDDEN');
    expectError(await w.as.cadre.get('/api/dashboard/export'), 403, 'FORBIDDEN');
    expectValidation(
      await w.as.office.get('/api/dashboard?from=2014-04-01&to=2014-03-01'),
      'querystring.to',
    );
    expectValidation(await w.as.office.get('/api/dashboard?orgId=nope'), 'querystring.orgId');
    expectNotFound(await w.as.unit_admin.get(`/api/dashboard?orgId=${w.unitB.id}`));
  });

  it('gives the campaign, its phase and days left on `to`', async () => {
    const d = await get(w.as.office);
    expect(d.period).toEqual({ from: '2014-03-01', to: '2014-03-31' });
    expect(d.campaign).toMatchObject({
      id: campaignId,
      phase: '学习教育',
      daysLeft: 183,
      state: 'ended',
    });
    const byDefault = await get(w.as.office, 'to=2014-03-31');
    expect(byDefault.period.from).toBe('2014-02-01');
  });

  it('counts the bureau: every figure equals its list with the same filters', async () => {
    for (const role of ['admin', 'office', 'inspector'] as const) {
      const d = await get(w.as[role]);
      expect(d.cases.received).toBe(10);
    }
    const client = w.as.office;
    const d = await get(client);
    const c = d.cases;
    expect(c.byStatus).toMatchObject({ received: 4, in_progress: 1, answered: 3, assigned: 1 });
    expect(c.byChannel).toMatchObject({ web: 7, hotline: 2, email: 1 });
    expect(c.satisfaction).toEqual({ satisfied: 2, basically: 1, dissatisfied: 1 });
    expect(c.overdue).toBe(3);
    expect(c.reopenedRate).toBeCloseTo(1 / 4);
    expect(c.watch.map((x) => x.reopened)).toEqual([3]);
    expect(await listTotal(client, c.links.received as TFigureLink)).toBe(10);
    expect(await listTotal(client, c.links.overdue as TFigureLink)).toBe(3);
    for (const k of CASE_RATINGS) {
      const link = c.links[k] as TFigureLink;
      expect(link.query.rating).toBe(k);
      expect(await listTotal(client, link)).toBe(c.satisfaction[k]);
    }
    for (const row of [...c.statusRows, ...c.channelRows, ...c.categoryRows]) {
      expect(row.link).not.toBeNull();
      expect(await listTotal(client, row.link as TFigureLink), row.key).toBe(row.value);
    }
    expect(c.statusRows.map((r) => r.key)).toEqual([...CASE_STATUSES]);
    expect(c.channelRows.map((r) => r.key)).toEqual([...CASE_CHANNELS]);
    // units: the two units below the bureau, and the unassigned case
    const units = Object.fromEntries(c.unitRows.map((r) => [r.key, r.value]));
    expect(units).toEqual({ [w.unitA.id]: 7, [w.unitB.id]: 2, none: 1 });
    for (const row of [...c.unitRows, ...c.overdueByUnit].filter((r) => r.link)) {
      expect(await listTotal(client, row.link as TFigureLink), row.key).toBe(row.value);
    }
  });

  it('counts the month compliance as the compliance list does', async () => {
    const client = w.as.office;
    const m = (await get(client)).compliance;
    expect(m.month).toBe('2014-03');
    expect(m.cadres).toBe(3);
    expect(m.leading.cadres).toBe(1);
    expect(await listTotal(client, m.links.cadres as TFigureLink)).toBe(m.cadres);
    expect(await listTotal(client, m.links.met as TFigureLink)).toBe(m.met);
    expect(await listTotal(client, m.link)).toBe(m.cadres - m.met);
    expect(await listTotal(client, m.links.leading as TFigureLink)).toBe(m.leading.cadres);
    for (const u of m.byUnit) expect(await listTotal(client, u.link)).toBe(u.cadres);
    for (const r of m.byRank) expect(await listTotal(client, r.link)).toBe(r.cadres);
    expect(m.trend.map((x) => x.month)).toEqual([
      '2013-10',
      '2013-11',
      '2013-12',
      '2014-01',
      '2014-02',
      '2014-03',
    ]);
    expect(m.trend.at(-1)?.cadres).toBe(3);
    expect(m.trend[0]?.cadres).toBe(0);
  });

  it("counts only a unit admin's units, and the same for the office asking for that unit", async () => {
    const mine = await get(w.as.unit_admin);
    expect(mine.cases.received).toBe(7);
    expect(mine.cases.overdue).toBe(3);
    expect(mine.compliance.cadres).toBe(2);
    // the rows are the units below unit A: the branch, and unit A's own cases
    const units = Object.fromEntries(mine.cases.unitRows.map((r) => [r.key, r.value]));
    expect(units).toEqual({ [w.branchA.id]: 1, [w.unitA.id]: 6 });
    for (const row of mine.cases.statusRows) {
      expect(await listTotal(w.as.unit_admin, row.link as TFigureLink)).toBe(row.value);
    }
    const asked = await get(w.as.office, `${PERIOD}&orgId=${w.unitA.id}`);
    expect(asked.orgId).toBe(w.unitA.id);
    expect(asked.cases.received).toBe(7);
    expect(asked.cases.links.received?.query.orgId).toBe(w.unitA.id);
    expect(await listTotal(w.as.office, asked.cases.links.overdue as TFigureLink)).toBe(3);
  });

  it('shows the tiles of the modules with data, each figure equal to its list', async () => {
    const d = await get(w.as.office);
    const keys = d.tiles.map((x) => x.key);
    expect(keys).toEqual(expect.arrayContaining(['activities', 'six-ones']));
    expect(keys).not.toContain('rectifications');
    const activities = d.tiles.find((x) => x.key === 'activities');
    const figure = (key: string) => activities?.figures.find((f) => f.key === key);
    expect(figure('assigned')?.value).toBe(2);
    expect(figure('done')?.value).toBe(1);
    expect(figure('overdue')?.value).toBe(1);
    for (const f of activities?.figures ?? []) {
      expect(await listTotal(w.as.office, f.link as TFigureLink), f.key).toBe(f.value);
    }
    expect(activities?.table.rows[0]).toMatchObject({ phase: '学习教育', assigned: 2, done: 1 });
    // a unit admin's tile counts unit A's assignment only
    const mine = await get(w.as.unit_admin);
    const own = mine.tiles.find((x) => x.key === 'activities');
    expect(own?.figures.find((f) => f.key === 'assigned')?.value).toBe(1);
    const sixOnes = d.tiles.find((x) => x.key === 'six-ones');
    expect(sixOnes?.figures.find((f) => f.key === 'cadres')?.value).toBe(1);
    // 整改: the tile appears with the first item of the campaign
    const cadre = await makeCadre(t.db, w.unitB, { name: '整改干部' });
    const res = await w.as.office.post('/api/rectifications', {
      problem: '下基层少',
      measure: '每月两次到联系点',
      responsible: '整改干部',
      deadline: '2014-04-30',
      standard: '为民服务',
      campaignId,
      cadreId: cadre.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const after = await get(w.as.office);
    const rect = after.tiles.find((x) => x.key === 'rectifications');
    expect(rect?.figures.find((f) => f.key === 'total')?.value).toBe(1);
    for (const f of rect?.figures.filter((x) => x.link) ?? []) {
      expect(await listTotal(w.as.office, f.link as TFigureLink), f.key).toBe(f.value);
    }
    expect((await get(w.as.unit_admin)).tiles.map((x) => x.key)).not.toContain('rectifications');
  });

  it('compares with the same days of the previous campaign, where it has data', async () => {
    const d = await get(w.as.office);
    expect(d.comparison).toEqual({ from: '2013-03-01', to: '2013-03-31', label: '上一活动同期' });
    expect(d.cases.previous).toMatchObject({ received: 2, satisfiedRate: 1 });
    // that campaign had no quota rules: no month to compare with
    expect(d.compliance.previous).toBeNull();
    // a period whose earlier days hold nothing: no comparison
    const early = await get(w.as.office, 'from=2014-08-01&to=2014-08-31');
    expect(early.comparison).toBeNull();
    expect(early.cases.previous).toBeNull();
  });

  it('exports the tables, one sheet each', async () => {
    const res = await w.as.office.get(`/api/dashboard/export?${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const names = wb.worksheets.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(['概况', '诉求件按状态', '诉求件按渠道']);
    const status = wb.getWorksheet('诉求件按状态');
    expect(status?.getRow(1).values).toEqual([undefined, '项目', '件数']);
    expect(status?.getRow(2).values).toEqual([undefined, '待受理', 4]);
  });
});
