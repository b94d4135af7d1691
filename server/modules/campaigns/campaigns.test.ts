import { describe, expect, it } from 'vitest';
import { campaignState } from '../../../common/campaigns.ts';
import { addDays, addYears, todayInChina } from '../../../common/dates.ts';
import type { TestApp } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { type Call, expectError, expectEveryCall } from '../../test/expect.ts';
import {
  makeActivity,
  makeAssignment,
  makeCampaign,
  makeGongCampaign,
  makePhase,
} from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { campaignForMonth } from './campaigns.service.ts';

const NO_ID = '00000000-0000-7000-8000-000000000000';

type Phase = { id: string; name: string; startDate: string; endDate: string };
type Activity = { id: string; number: number; title: string; module: string; phaseName: string };

async function auditOf(t: TestApp, entity: string, entityId: string) {
  return auditRows(t.db, { entity, entityId });
}

describe('/api/campaigns', () => {
  const { t, w } = useWorld();

  it('answers 401 without login on every route', async () => {
    const calls: Call[] = [
      ['GET', '/api/campaigns'],
      ['POST', '/api/campaigns'],
      ['GET', `/api/campaigns/${NO_ID}`],
      ['PATCH', `/api/campaigns/${NO_ID}`],
      ['POST', `/api/campaigns/${NO_ID}/copy`],
      ['GET', `/api/campaigns/${NO_ID}/board`],
      ['GET', `/api/campaigns/${NO_ID}/phases`],
      ['POST', `/api/campaigns/${NO_ID}/phases`],
      ['PATCH', `/api/campaigns/${NO_ID}/phases/${NO_ID}`],
      ['DELETE', `/api/campaigns/${NO_ID}/phases/${NO_ID}`],
      ['GET', `/api/campaigns/${NO_ID}/activities`],
      ['POST', `/api/campaigns/${NO_ID}/activities`],
      ['PATCH', `/api/campaigns/${NO_ID}/activities/${NO_ID}`],
      ['DELETE', `/api/campaigns/${NO_ID}/activities/${NO_ID}`],
    ];
    await expectEveryCall(t.app, calls, 401);
  });

  describe('the 2014 template', () => {
    let campaign: { id: string; name: string; startDate: string; endDate: string };

    it('creates the campaign with its three phases, nine activities and quota rules', async () => {
      const res = await w.as.office.post('/api/campaigns', { fromTemplate: 'gong-2014' });
      expect(res.statusCode, res.body).toBe(201);
      campaign = res.json();
      expect(campaign).toMatchObject({
        name: '学习龚全珍，争做贴心人',
        startDate: '2014-02-01',
        endDate: '2014-09-30',
        status: 'draft',
        phaseCount: 3,
        activityCount: 9,
      });

      const phases: Phase[] = (await w.as.cadre.get(`/api/campaigns/${campaign.id}/phases`)).json()
        .items;
      expect(phases.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
        ['学习教育', '2014-02-01', '2014-04-30'],
        ['对照检查', '2014-05-01', '2014-06-30'],
        ['总结提升', '2014-07-01', '2014-09-30'],
      ]);

      const activities: Activity[] = (
        await w.as.inspector.get(`/api/campaigns/${campaign.id}/activities`)
      ).json().items;
      expect(activities.map((a) => [a.number, a.module, a.phaseName])).toEqual([
        [1, 'learning', '学习教育'],
        [2, 'learning', '学习教育'],
        [3, 'visits', '学习教育'],
        [4, 'cases', '学习教育'],
        [5, 'cases', '学习教育'],
        [6, 'self_exam', '对照检查'],
        [7, 'models', '对照检查'],
        [8, 'models', '总结提升'],
        [9, 'other', '总结提升'],
      ]);
      expect(activities[0]?.title).toBe('开展“学习龚全珍，我该怎么做”大讨论活动');
      expect(activities[2]?.title).toBe('深化“入户结亲，争做贴心人”活动');

      const rules = (await w.as.unit_admin.get(`/api/quota-rules?campaignId=${campaign.id}`)).json()
        .items;
      expect(
        rules.map((r: Record<string, unknown>) => [
          r.rank,
          r.effectiveFrom,
          r.minDaysPerMonth,
          r.minHouseholds,
          r.maxHouseholds,
          r.minPoorHelped,
        ]),
      ).toEqual([
        ['county', '2014-02', 3, 3, 5, 1],
        ['section', '2014-02', 5, 3, 5, 1],
      ]);
      expect(await auditOf(t, 'campaign', campaign.id)).toHaveLength(1);
    });

    it('creates it for another year with every date shifted', async () => {
      const res = await w.as.admin.post('/api/campaigns', {
        fromTemplate: 'gong-2014',
        year: 2016,
        name: '学习龚全珍（2016）',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ startDate: '2016-02-01', endDate: '2016-09-30' });
    });

    it('copies to a new year: phases, activities and the latest rules, dates shifted', async () => {
      const res = await w.as.office.post(`/api/campaigns/${campaign.id}/copy`, { year: 2015 });
      expect(res.statusCode, res.body).toBe(201);
      const copy = res.json();
      expect(copy).toMatchObject({
        name: '学习龚全珍，争做贴心人（2015年）',
        startDate: '2015-02-01',
        endDate: '2015-09-30',
        status: 'draft',
        phaseCount: 3,
        activityCount: 9,
      });
      const phases: Phase[] = (await w.as.office.get(`/api/campaigns/${copy.id}/phases`)).json()
        .items;
      expect(phases.map((p) => [p.startDate, p.endDate])).toEqual([
        ['2015-02-01', '2015-04-30'],
        ['2015-05-01', '2015-06-30'],
        ['2015-07-01', '2015-09-30'],
      ]);
      const activities: Activity[] = (
        await w.as.office.get(`/api/campaigns/${copy.id}/activities`)
      ).json().items;
      expect(activities.map((a) => a.phaseName)).toEqual([
        '学习教育',
        '学习教育',
        '学习教育',
        '学习教育',
        '学习教育',
        '对照检查',
        '对照检查',
        '总结提升',
        '总结提升',
      ]);
      const rules = (await w.as.office.get(`/api/quota-rules?campaignId=${copy.id}`)).json().items;
      expect(rules.map((r: { rank: string; effectiveFrom: string }) => r.effectiveFrom)).toEqual([
        '2015-02',
        '2015-02',
      ]);
      expect(await auditOf(t, 'campaign', copy.id)).toHaveLength(1);
    });

    it('copies by a number of days', async () => {
      const res = await w.as.office.post(`/api/campaigns/${campaign.id}/copy`, {
        shiftDays: 10,
        name: '推迟十天',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        name: '推迟十天',
        startDate: '2014-02-11',
        endDate: '2014-10-10',
      });
    });

    it('refuses a copy without a year or shift, or with both', async () => {
      expectError(
        await w.as.office.post(`/api/campaigns/${campaign.id}/copy`, {}),
        400,
        'VALIDATION',
      );
      expectError(
        await w.as.office.post(`/api/campaigns/${campaign.id}/copy`, { year: 2015, shiftDays: 3 }),
        400,
        'VALIDATION',
      );
      expectError(
        await w.as.office.post(`/api/campaigns/${NO_ID}/copy`, { year: 2015 }),
        404,
        'NOT_FOUND',
      );
    });
  });

  it('creates a blank campaign and validates its dates in Chinese', async () => {
    const ok = await w.as.office.post('/api/campaigns', {
      name: '空白活动',
      startDate: '2015-01-01',
      endDate: '2015-12-31',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'draft', reminderDaysBeforeMonthEnd: 5 });

    const missing = await w.as.office.post('/api/campaigns', { name: '' });
    expectError(missing, 400, 'VALIDATION');
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.name', 'body.startDate', 'body.endDate']),
    );

    const badDay = await w.as.office.post('/api/campaigns', {
      name: '坏日期',
      startDate: '2014-02-30',
      endDate: '2014-03-01',
    });
    expectError(badDay, 400, 'VALIDATION');
    expect(badDay.json().error.message).toContain('日期不存在');

    const reversed = await w.as.office.post('/api/campaigns', {
      name: '倒序',
      startDate: '2014-05-01',
      endDate: '2014-04-01',
    });
    // refused by the schema, on the end field (never swapped)
    expectError(reversed, 400, 'VALIDATION');
    expect(reversed.json().error.details).toContainEqual({
      field: 'body.endDate',
      message: '结束日期不能早于开始日期',
    });

    expectError(
      await w.as.office.post('/api/campaigns', { fromTemplate: 'gong-1999' }),
      400,
      'VALIDATION',
    );
  });

  it('answers 403 to roles that may not plan campaigns, and writes nothing', async () => {
    const c = await makeCampaign(t.db, { name: '只读测试' });
    const phase = await makePhase(t.db, c.id);
    const act = await makeActivity(t.db, c.id);
    for (const role of ['unit_admin', 'cadre', 'inspector'] as const) {
      const as = w.as[role];
      const results = [
        await as.post('/api/campaigns', { fromTemplate: 'gong-2014' }),
        await as.patch(`/api/campaigns/${c.id}`, { name: '改名' }),
        await as.post(`/api/campaigns/${c.id}/copy`, { year: 2020 }),
        await as.post(`/api/campaigns/${c.id}/phases`, {
          name: '新阶段',
          startDate: '2014-03-01',
          endDate: '2014-03-31',
        }),
        await as.patch(`/api/campaigns/${c.id}/phases/${phase.id}`, { name: '改名' }),
        await as.delete(`/api/campaigns/${c.id}/phases/${phase.id}`),
        await as.post(`/api/campaigns/${c.id}/activities`, { title: '新项目', module: 'other' }),
        await as.patch(`/api/campaigns/${c.id}/activities/${act.id}`, { title: '改名' }),
        await as.delete(`/api/campaigns/${c.id}/activities/${act.id}`),
      ];
      for (const res of results) expectError(res, 403, 'FORBIDDEN');
      // reading is for everyone
      expect((await as.get(`/api/campaigns/${c.id}`)).statusCode).toBe(200);
      expect((await as.get('/api/campaigns')).statusCode).toBe(200);
    }
    const after = (await w.as.office.get(`/api/campaigns/${c.id}`)).json();
    expect(after).toMatchObject({ name: '只读测试', phaseCount: 1, activityCount: 1 });
  });

  it('lists with search, status filter and paging', async () => {
    await makeCampaign(t.db, {
      name: '检索甲',
      status: 'closed',
      startDate: '2010-01-01',
      endDate: '2010-12-31',
    });
    await makeCampaign(t.db, {
      name: '检索乙',
      status: 'draft',
      startDate: '2011-01-01',
      endDate: '2011-12-31',
    });
    const q = encodeURIComponent('检索');
    const all = (await w.as.cadre.get(`/api/campaigns?q=${q}`)).json();
    expect(all.items.map((c: { name: string }) => c.name)).toEqual(['检索乙', '检索甲']);
    const closed = (await w.as.cadre.get(`/api/campaigns?q=${q}&status=closed`)).json();
    expect(closed).toMatchObject({ total: 1, items: [{ name: '检索甲' }] });
    const page2 = (await w.as.cadre.get(`/api/campaigns?q=${q}&page=2&pageSize=1`)).json();
    expect(page2).toMatchObject({ total: 2, items: [{ name: '检索甲' }] });
    expectError(await w.as.cadre.get('/api/campaigns?status=running'), 400, 'VALIDATION');
    expectError(await w.as.cadre.get(`/api/campaigns/${NO_ID}`), 404, 'NOT_FOUND');
    expectError(await w.as.cadre.get('/api/campaigns/not-a-uuid'), 400, 'VALIDATION');
  });

  it('shows the state by the dates (未开始 / 进行中 / 已结束) unless closed early or a draft', async () => {
    const today = todayInChina();
    const made = {
      past: await makeCampaign(t.db, {
        name: '状态·已过',
        startDate: '2014-02-01',
        endDate: '2014-09-30',
      }),
      now: await makeCampaign(t.db, {
        name: '状态·进行',
        startDate: addDays(today, -10),
        endDate: addDays(today, 10),
      }),
      future: await makeCampaign(t.db, {
        name: '状态·将来',
        startDate: addDays(today, 5),
        endDate: addDays(today, 50),
      }),
      closedEarly: await makeCampaign(t.db, {
        name: '状态·提前结束',
        status: 'closed',
        startDate: addDays(today, -10),
        endDate: addDays(today, 10),
      }),
      draft: await makeCampaign(t.db, {
        name: '状态·草稿',
        status: 'draft',
        startDate: addDays(today, -10),
        endDate: addDays(today, 10),
      }),
    };
    const expected = {
      past: 'ended',
      now: 'ongoing',
      future: 'not_started',
      closedEarly: 'ended',
      draft: 'draft',
    };
    for (const [key, c] of Object.entries(made)) {
      const one = (await w.as.cadre.get(`/api/campaigns/${c.id}`)).json();
      expect(one.state, key).toBe(expected[key as keyof typeof expected]);
      expect(campaignState(one, today), key).toBe(one.state);
    }
    // the stored status stays what the office set
    expect((await w.as.cadre.get(`/api/campaigns/${made.past.id}`)).json().status).toBe('active');
    const q = encodeURIComponent('状态·');
    const names = async (state: string) =>
      (await w.as.cadre.get(`/api/campaigns?q=${q}&state=${state}`))
        .json()
        .items.map((c: { name: string }) => c.name)
        .sort();
    expect(await names('ended')).toEqual(['状态·已过', '状态·提前结束'].sort());
    expect(await names('ongoing')).toEqual(['状态·进行']);
    expect(await names('not_started')).toEqual(['状态·将来']);
    expect(await names('draft')).toEqual(['状态·草稿']);
    expectError(await w.as.cadre.get('/api/campaigns?state=active'), 400, 'VALIDATION');
  });

  it('changes status and dates, refusing dates that would leave a phase outside', async () => {
    const c = await makeCampaign(t.db, { status: 'draft' });
    await makePhase(t.db, c.id, {
      name: '学习教育',
      startDate: '2014-02-01',
      endDate: '2014-04-30',
    });
    const started = await w.as.office.patch(`/api/campaigns/${c.id}`, {
      status: 'active',
      reminderDaysBeforeMonthEnd: 3,
    });
    expect(started.statusCode).toBe(200);
    expect(started.json()).toMatchObject({ status: 'active', reminderDaysBeforeMonthEnd: 3 });
    const rows = await auditOf(t, 'campaign', c.id);
    expect(rows.map((r) => r.summary)).toEqual([expect.stringContaining('启动活动')]);

    const shrink = await w.as.office.patch(`/api/campaigns/${c.id}`, { startDate: '2014-03-01' });
    expectError(shrink, 400, 'PHASE_OUTSIDE_CAMPAIGN');
    expect(shrink.json().error.message).toContain('「学习教育」');
    expectError(
      await w.as.office.patch(`/api/campaigns/${c.id}`, { endDate: '2014-01-01' }),
      400,
      'CAMPAIGN_DATES',
    );
    expectError(
      await w.as.office.patch(`/api/campaigns/${c.id}`, { reminderDaysBeforeMonthEnd: 40 }),
      400,
      'VALIDATION',
    );
    expectError(
      await w.as.office.patch(`/api/campaigns/${NO_ID}`, { name: 'x' }),
      404,
      'NOT_FOUND',
    );
  });

  describe('phases', () => {
    it('creates, changes and deletes phases inside the campaign dates', async () => {
      const c = await makeCampaign(t.db);
      const res = await w.as.office.post(`/api/campaigns/${c.id}/phases`, {
        name: '学习教育',
        startDate: '2014-02-01',
        endDate: '2014-04-30',
      });
      expect(res.statusCode, res.body).toBe(201);
      const phase = res.json();
      expect(phase).toMatchObject({ name: '学习教育', sortOrder: 1 });

      const outside = await w.as.office.post(`/api/campaigns/${c.id}/phases`, {
        name: '太早',
        startDate: '2014-01-15',
        endDate: '2014-02-15',
      });
      expectError(outside, 400, 'PHASE_OUTSIDE_CAMPAIGN');
      expect(outside.json().error.message).toBe(
        '阶段日期须在活动起止日期（2014-02-01 至 2014-09-30）之内',
      );
      expectError(
        await w.as.office.post(`/api/campaigns/${c.id}/phases`, {
          name: '倒序',
          startDate: '2014-04-01',
          endDate: '2014-03-01',
        }),
        400,
        'VALIDATION',
      );
      expectError(
        await w.as.office.post(`/api/campaigns/${c.id}/phases`, { name: '', startDate: 'x' }),
        400,
        'VALIDATION',
      );
      expectError(
        await w.as.office.patch(`/api/campaigns/${c.id}/phases/${phase.id}`, {
          endDate: '2014-10-31',
        }),
        400,
        'PHASE_OUTSIDE_CAMPAIGN',
      );
      const renamed = await w.as.office.patch(`/api/campaigns/${c.id}/phases/${phase.id}`, {
        name: '学习教育阶段',
        endDate: '2014-05-15',
      });
      expect(renamed.json()).toMatchObject({ name: '学习教育阶段', endDate: '2014-05-15' });

      // a phase of another campaign is not found under this one
      const other = await makeCampaign(t.db);
      expectError(
        await w.as.office.patch(`/api/campaigns/${other.id}/phases/${phase.id}`, { name: 'x' }),
        404,
        'NOT_FOUND',
      );

      const act = await makeActivity(t.db, c.id, { phaseId: phase.id, title: '挂在阶段下' });
      const refused = await w.as.office.delete(`/api/campaigns/${c.id}/phases/${phase.id}`);
      expectError(refused, 409, 'PHASE_HAS_ACTIVITIES');
      expect(refused.json().error.message).toContain('1 个活动项目');
      await w.as.office.patch(`/api/campaigns/${c.id}/activities/${act.id}`, { phaseId: null });
      expect(
        (await w.as.office.delete(`/api/campaigns/${c.id}/phases/${phase.id}`)).statusCode,
      ).toBe(204);
      expect((await w.as.office.get(`/api/campaigns/${c.id}/phases`)).json().total).toBe(0);
      const audits = await auditOf(t, 'campaign_phase', phase.id);
      expect(audits.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
    });
  });

  describe('activities', () => {
    it('creates with the next number, refuses a taken number or a foreign phase', async () => {
      const c = await makeCampaign(t.db);
      const phase = await makePhase(t.db, c.id);
      await makeActivity(t.db, c.id, { number: 4 });
      const res = await w.as.office.post(`/api/campaigns/${c.id}/activities`, {
        title: '开展“开门纳谏”活动',
        module: 'cases',
        phaseId: phase.id,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ number: 5, module: 'cases', phaseName: phase.name });
      expect(await auditOf(t, 'campaign_activity', res.json().id)).toHaveLength(1);

      const taken = await w.as.office.post(`/api/campaigns/${c.id}/activities`, {
        number: 4,
        title: '重复',
        module: 'other',
      });
      expectError(taken, 409, 'ACTIVITY_NUMBER_TAKEN');
      expect(taken.json().error.message).toBe('编号 4 已被本活动的其他活动项目使用');

      const foreignPhase = await makePhase(t.db, (await makeCampaign(t.db)).id);
      expectError(
        await w.as.office.post(`/api/campaigns/${c.id}/activities`, {
          title: '外来阶段',
          module: 'other',
          phaseId: foreignPhase.id,
        }),
        400,
        'PHASE_NOT_IN_CAMPAIGN',
      );
      expectError(
        await w.as.office.post(`/api/campaigns/${c.id}/activities`, {
          title: '坏模块',
          module: 'chess',
        }),
        400,
        'VALIDATION',
      );
      expectError(
        await w.as.office.post(`/api/campaigns/${NO_ID}/activities`, {
          title: '无活动',
          module: 'other',
        }),
        404,
        'NOT_FOUND',
      );
      // keeping its own number is not a clash
      const self = await w.as.office.patch(`/api/campaigns/${c.id}/activities/${res.json().id}`, {
        number: 5,
        title: '改名',
      });
      expect(self.statusCode).toBe(200);
    });

    it('refuses to delete an activity that has assignments, with a clear message', async () => {
      const c = await makeCampaign(t.db);
      const act = await makeActivity(t.db, c.id, { title: '入户结亲' });
      await makeAssignment(t.db, act.id, w.unitA);
      const res = await w.as.office.delete(`/api/campaigns/${c.id}/activities/${act.id}`);
      expectError(res, 409, 'ACTIVITY_HAS_ASSIGNMENTS');
      expect(res.json().error.message).toContain('已分解到 1 个单位，不能删除');

      const free = await makeActivity(t.db, c.id);
      expect(
        (await w.as.office.delete(`/api/campaigns/${c.id}/activities/${free.id}`)).statusCode,
      ).toBe(204);
      expect(await auditOf(t, 'campaign_activity', free.id)).toMatchObject([{ action: 'delete' }]);
      expectError(
        await w.as.office.delete(`/api/campaigns/${c.id}/activities/${free.id}`),
        404,
        'NOT_FOUND',
      );
    });
  });

  it('finds the active campaign covering a month, the latest started when several', async () => {
    const { db } = t;
    await makeCampaign(db, {
      name: '草稿不算',
      status: 'draft',
      startDate: '2030-01-01',
      endDate: '2030-12-31',
    });
    expect(await campaignForMonth(db, '2030-05')).toBeUndefined();
    const early = await makeCampaign(db, {
      name: '早',
      startDate: '2031-01-01',
      endDate: '2031-12-31',
    });
    const late = await makeCampaign(db, {
      name: '晚',
      startDate: '2031-06-15',
      endDate: '2031-08-31',
    });
    expect((await campaignForMonth(db, '2031-03'))?.id).toBe(early.id);
    expect((await campaignForMonth(db, '2031-06'))?.id).toBe(late.id);
    expect((await campaignForMonth(db, '2031-09'))?.id).toBe(early.id);
    expect(await campaignForMonth(db, '2032-01')).toBeUndefined();
    const gong = await makeGongCampaign(db, { year: 2033 });
    expect((await campaignForMonth(db, '2033-09'))?.id).toBe(gong.id);
  });

  it('shifts dates by years, keeping month ends', () => {
    expect(addYears('2014-02-28', 2)).toBe('2016-02-29');
    expect(addYears('2016-02-29', 1)).toBe('2017-02-28');
    expect(addYears('2014-04-30', 1)).toBe('2015-04-30');
    expect(addYears('2014-02-15', -1)).toBe('2013-02-15');
  });
});
