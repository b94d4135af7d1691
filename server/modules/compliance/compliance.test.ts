import { beforeAll, describe, expect, it } from 'vitest';
import type { ZComplianceItemSchema } from '../../../common/compliance.ts';
import type { TJson } from '../../../common/zod.ts';
import { cadreRankHistory, quotaRules } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { makeCadre, makeContactPoint, type TestOrg } from '../../test/factories.ts';
import { useWorld } from '../../test/hooks.ts';
import {
  help,
  makeCadreWithLogin,
  makeHouseholdAt,
  makeQuotaCampaign,
  pair,
} from '../../test/world-visits.ts';
import { readXlsx } from '../../test/xlsx.ts';
import { sendReminders } from './compliance.service.ts';

type Item = TJson<typeof ZComplianceItemSchema>;

describe('monthly compliance', () => {
  const { t, w } = useWorld();
  let point: { id: string };
  let campaignId: string;
  let poorHousehold: string;
  const households: string[] = [];
  beforeAll(async () => {
    campaignId = await makeQuotaCampaign(t);
    point = await makeContactPoint(t.db, w.unitA, '甲村');
    poorHousehold = await makeHouseholdAt(t, point.id, { categories: ['poor'] });
    for (let i = 0; i < 6; i++)
      households.push(await makeHouseholdAt(t, point.id, { headName: `住户${i}` }));
  });

  /** A cadre with n paired households (one of them poor and helped) and visits on the given March days. */
  async function cadreWith(
    org: TestOrg,
    opts: {
      rank: 'county' | 'section';
      days: string[];
      paired?: number;
      helped?: boolean;
      name?: string;
    },
  ) {
    const cadre = await makeCadre(t.db, org, { rank: opts.rank, name: opts.name });
    const paired = opts.paired ?? 3;
    for (let i = 0; i < paired; i++) {
      await pair(t, cadre.id, i === 0 ? poorHousehold : (households[i] as string), '2014-02-01');
    }
    if (opts.helped ?? true) await help(t, cadre.id, poorHousehold, '2014-03-02');
    for (const day of opts.days) {
      await w.as.office.post('/api/visits', {
        cadreId: cadre.id,
        contactPointId: point.id,
        startDate: day,
      });
    }
    return cadre.id;
  }

  async function itemOf(
    cadreId: string,
    month = '2014-03',
    client: Client = w.as.office,
  ): Promise<Item> {
    const res = await client.get(`/api/compliance?month=${month}&pageSize=200`);
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((i: Item) => i.cadreId === cadreId);
    if (!item) throw new Error('cadre not in compliance list');
    return item;
  }

  it('county-level: 2 days is not enough, 3 days is', async () => {
    const two = await cadreWith(w.unitA, { rank: 'county', days: ['2014-03-03', '2014-03-04'] });
    const three = await cadreWith(w.unitA, {
      rank: 'county',
      days: ['2014-03-03', '2014-03-04', '2014-03-05'],
    });
    const a = await itemOf(two);
    expect(a).toMatchObject({ met: false, daysLogged: 2, daysRequired: 3, rank: 'county' });
    expect(a.reasons).toEqual(['本月在联系点 2 天，少于要求的 3 天']);
    expect(await itemOf(three)).toMatchObject({ met: true, daysLogged: 3, reasons: [] });
  });

  it('section-level: 4 days is not enough, 5 days is', async () => {
    const days = ['2014-03-10', '2014-03-11', '2014-03-12', '2014-03-13'];
    const four = await cadreWith(w.unitA, { rank: 'section', days });
    const five = await cadreWith(w.unitA, { rank: 'section', days: [...days, '2014-03-14'] });
    expect(await itemOf(four)).toMatchObject({ met: false, daysLogged: 4, daysRequired: 5 });
    expect(await itemOf(five)).toMatchObject({ met: true, daysLogged: 5 });
  });

  it('two logs on one day count once; a stay over the month end counts only its days in the month', async () => {
    const id = await cadreWith(w.unitA, {
      rank: 'county',
      days: ['2014-03-20', '2014-03-20', '2014-03-21'],
    });
    expect((await itemOf(id)).daysLogged).toBe(2);
    await w.as.office.post('/api/visits', {
      cadreId: id,
      contactPointId: point.id,
      startDate: '2014-03-30',
      endDate: '2014-04-02',
    });
    expect((await itemOf(id)).daysLogged).toBe(4);
    expect((await itemOf(id, '2014-04')).daysLogged).toBe(2);
  });

  it('2 and 6 paired households are outside the 3–5 rule', async () => {
    const days = ['2014-03-03', '2014-03-04', '2014-03-05'];
    const few = await cadreWith(w.unitA, { rank: 'county', days, paired: 2 });
    const many = await cadreWith(w.unitA, { rank: 'county', days, paired: 6 });
    expect(await itemOf(few)).toMatchObject({ met: false, pairedHouseholds: 2 });
    expect((await itemOf(few)).reasons).toEqual(['结对联系 2 户，少于 3 户']);
    expect((await itemOf(many)).reasons).toEqual(['结对联系 6 户，超过 5 户']);
  });

  it('a pairing ended mid-month does not count for that month, but did for the month before', async () => {
    const id = await cadreWith(w.unitA, {
      rank: 'county',
      days: ['2014-03-03', '2014-03-04', '2014-03-05'],
      paired: 2,
    });
    await pair(t, id, households[5] as string, '2014-02-01', '2014-03-15');
    expect((await itemOf(id)).pairedHouseholds).toBe(2);
    expect((await itemOf(id, '2014-02')).pairedHouseholds).toBe(3);
  });

  it('a poor household must have been helped since the campaign began', async () => {
    const id = await cadreWith(w.unitA, {
      rank: 'county',
      days: ['2014-03-03', '2014-03-04', '2014-03-05'],
      helped: false,
    });
    expect((await itemOf(id)).reasons).toEqual(['尚未帮扶贫困户（至少 1 户）']);
    // help for a household that is not poor does not count
    await help(t, id, households[1] as string, '2014-03-06');
    expect((await itemOf(id)).poorHouseholdsHelped).toBe(0);
    await help(t, id, poorHousehold, '2014-03-06');
    expect(await itemOf(id)).toMatchObject({ met: true, poorHouseholdsHelped: 1 });
    // and the help keeps counting in the months after
    expect((await itemOf(id, '2014-04')).poorHouseholdsHelped).toBe(1);
  });

  it('judges each month by the rank then: a promotion mid-campaign changes the days required', async () => {
    const id = await cadreWith(w.unitA, {
      rank: 'section',
      days: ['2014-03-03', '2014-03-04', '2014-03-05'],
    });
    const promoted = await w.as.office.patch(`/api/cadres/${id}`, {
      rank: 'county',
      rankEffectiveFrom: '2014-04-10',
    });
    expect(promoted.statusCode).toBe(200);
    expect(await itemOf(id, '2014-03')).toMatchObject({
      rank: 'section',
      daysRequired: 5,
      met: false,
    });
    expect(await itemOf(id, '2014-04')).toMatchObject({ rank: 'county', daysRequired: 3 });
    const history = await t.db.select().from(cadreRankHistory);
    expect(
      history
        .filter((h) => h.cadreId === id)
        .map((h) => h.rank)
        .sort(),
    ).toEqual(['county', 'section']);
  });

  it('applies an edited rule from its month on and leaves earlier months as they were', async () => {
    const id = await cadreWith(w.unitA, {
      rank: 'county',
      days: ['2014-05-05', '2014-05-06', '2014-05-07'],
    });
    await w.as.office.post('/api/visits', {
      cadreId: id,
      contactPointId: point.id,
      startDate: '2014-04-01',
      endDate: '2014-04-03',
    });
    await t.db.insert(quotaRules).values({
      campaignId,
      rank: 'county',
      effectiveFrom: '2014-05-01',
      minDaysPerMonth: 4,
      minHouseholds: 3,
      maxHouseholds: 5,
      minPoorHelped: 1,
    });
    expect(await itemOf(id, '2014-04')).toMatchObject({ daysRequired: 3, met: true });
    expect(await itemOf(id, '2014-05')).toMatchObject({ daysRequired: 4, met: false });
  });

  it('keeps a unit admin to his units, filters and pages, and rolls up per unit', async () => {
    const outsider = await cadreWith(w.unitB, { rank: 'county', days: ['2014-03-03'] });
    const a = (await w.as.unit_admin.get('/api/compliance?month=2014-03&pageSize=200')).json();
    expect(a.items.some((i: Item) => i.cadreId === outsider)).toBe(false);
    expect(a.campaign.name).toBe('学习龚全珍，争做贴心人');
    expect(
      (await w.as.unit_admin.get(`/api/compliance?month=2014-03&orgId=${w.unitB.id}`)).statusCode,
    ).toBe(404);
    const all = (await w.as.office.get('/api/compliance?month=2014-03&pageSize=200')).json();
    expect(all.items.some((i: Item) => i.cadreId === outsider)).toBe(true);
    const notMet = (
      await w.as.office.get('/api/compliance?month=2014-03&met=false&pageSize=200')
    ).json();
    expect(notMet.items.every((i: Item) => !i.met)).toBe(true);
    // the rank filter is the rank in force that month
    for (const rank of ['county', 'section'] as const) {
      const byRank = (
        await w.as.office.get(`/api/compliance?month=2014-03&rank=${rank}&pageSize=200`)
      ).json();
      expect(byRank.items.length).toBeGreaterThan(0);
      expect(byRank.items.every((i: Item) => i.rank === rank)).toBe(true);
      expect(byRank.total).toBeLessThan(all.total);
    }
    const page = (await w.as.office.get('/api/compliance?month=2014-03&pageSize=2&page=2')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(all.total);

    const units = (await w.as.office.get('/api/compliance/units?month=2014-03')).json();
    const b = units.items.find((u: { orgId: string }) => u.orgId === w.unitB.id);
    expect(b).toMatchObject({ cadres: 1, met: 0, rate: 0 });
    expect(units.overall.cadres).toBe(all.total);
  });

  it('answers 401, 400 and an empty list when no campaign covers the month', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/compliance?month=2014-03' })).statusCode,
    ).toBe(401);
    expect((await w.as.office.get('/api/compliance?month=2014-13')).statusCode).toBe(400);
    expect((await w.as.office.get('/api/compliance')).statusCode).toBe(400);
    expect((await w.as.office.get('/api/compliance?month=2020-01')).json()).toEqual({
      items: [],
      total: 0,
      campaign: null,
    });
  });

  it('shows a cadre his own month and the next thing to do', async () => {
    const me = await makeCadreWithLogin(t, w.unitA, { rank: 'county' });
    await pair(t, me.cadreId, poorHousehold, '2014-02-01');
    await me.client.post('/api/visits', {
      contactPointId: point.id,
      startDate: '2014-03-03',
      endDate: '2014-03-04',
    });
    const res = (await me.client.get('/api/compliance/me?month=2014-03')).json();
    expect(res.progress).toMatchObject({
      daysLogged: 2,
      daysRequired: 3,
      pairedHouseholds: 1,
      met: false,
    });
    expect(res.nextAction).toBe('本月还需到联系点 1 天');
    const admin = (await w.as.admin.get('/api/compliance/me?month=2014-03')).json();
    expect(admin.progress).toBeNull();
  });

  it('gives the calendar of days at the contact point, in scope only', async () => {
    const id = await cadreWith(w.unitA, {
      rank: 'county',
      days: ['2014-03-03', '2014-03-03', '2014-03-09'],
    });
    const cal = (
      await w.as.unit_admin.get(
        `/api/compliance/calendar?cadreId=${id}&from=2014-03-01&to=2014-03-31`,
      )
    ).json();
    expect(cal.items).toEqual([
      { date: '2014-03-03', logs: 2 },
      { date: '2014-03-09', logs: 1 },
    ]);
    const outsider = await makeCadre(t.db, w.unitB);
    expect(
      (
        await w.as.unit_admin.get(
          `/api/compliance/calendar?cadreId=${outsider.id}&from=2014-03-01&to=2014-03-31`,
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await w.as.unit_admin.get(
          `/api/compliance/calendar?cadreId=${id}&from=2014-03-31&to=2014-03-01`,
        )
      ).statusCode,
    ).toBe(400);
  });

  it('reminds cadres behind on the reminder day, once per month', async () => {
    const me = await makeCadreWithLogin(t, w.unitA, { rank: 'county' });
    // the reminder day of March is the 26th (5 days before the 31st)
    expect((await sendReminders(t.db, { today: '2014-03-20' })).notified).toBe(0);
    const first = await sendReminders(t.db, { today: '2014-03-26' });
    expect(first.behind).toBeGreaterThan(0);
    expect(first.notified).toBeGreaterThanOrEqual(1);
    expect((await sendReminders(t.db, { today: '2014-03-26' })).notified).toBe(0);
    const inbox = (await me.client.get('/api/notifications')).json();
    expect(inbox.items[0]).toMatchObject({
      kind: 'quota_reminder',
      title: '2014-03 入户结亲指标尚未完成',
      link: '/my',
    });
    expect(inbox.items[0].body).toContain('少于要求的 3 天');
    expect(
      (await w.as.unit_admin.post('/api/compliance/reminders', { month: '2014-03' })).statusCode,
    ).toBe(403);
    expect(
      (await w.as.office.post('/api/compliance/reminders', { month: '2014-03' })).json().notified,
    ).toBe(0);
  });

  it('exports the month as Excel with the list filters, in scope only', async () => {
    await cadreWith(w.unitA, {
      rank: 'county',
      days: ['2014-03-03'],
      name: '导出未达标',
    });
    await cadreWith(w.unitB, {
      rank: 'county',
      days: ['2014-03-03'],
      name: '导出外单位',
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/compliance/export?month=2014-03' }))
        .statusCode,
    ).toBe(401);
    expect((await w.as.office.get('/api/compliance/export?month=2014-3')).statusCode).toBe(400);
    expect(
      (await w.as.unit_admin.get(`/api/compliance/export?month=2014-03&orgId=${w.unitB.id}`))
        .statusCode,
    ).toBe(404);

    const res = await w.as.unit_admin.get('/api/compliance/export?month=2014-03&met=false');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      '指标达标-2014-03.xlsx',
    );
    const [header, ...rows] = await readXlsx(res);
    expect(header).toEqual([
      '姓名',
      '领导干部',
      '职级',
      '单位',
      '月份',
      '在联系点天数',
      '要求天数',
      '结对户数',
      '结对要求',
      '帮扶贫困户数',
      '是否达标',
      '未达标原因',
    ]);
    const row = rows.find((r) => r[0] === '导出未达标');
    expect(row?.slice(2)).toEqual([
      '县级',
      expect.stringContaining('甲'),
      '2014-03',
      '1',
      '3',
      '3',
      '3–5',
      '1',
      '未达标',
      '本月在联系点 1 天，少于要求的 3 天',
    ]);
    expect(rows.every((r) => r[10] === '未达标')).toBe(true);
    expect(rows.some((r) => r[0] === '导出外单位')).toBe(false);
    const office = await readXlsx(await w.as.office.get('/api/compliance/export?month=2014-03'));
    expect(office.some((r) => r[0] === '导出外单位')).toBe(true);
  });
});
