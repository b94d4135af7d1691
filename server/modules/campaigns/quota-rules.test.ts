import { beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../common/dates.ts';
import type { RequestContext } from '../../platform/access.ts';
import { auditRows } from '../../test/audit.ts';
import { expectError } from '../../test/expect.ts';
import { makeCampaign, makeGongCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { add, list, rulesForMonth } from './quota-rules.service.ts';

const NO_ID = '00000000-0000-7000-8000-000000000000';

const rule = (campaignId: string, extra: Record<string, unknown> = {}) => ({
  campaignId,
  rank: 'county',
  effectiveFrom: '2099-03',
  minDaysPerMonth: 4,
  minHouseholds: 3,
  maxHouseholds: 5,
  minPoorHelped: 1,
  ...extra,
});

describe('/api/quota-rules', () => {
  const { t, w } = useWorld();
  let future: { id: string };
  beforeAll(async () => {
    // a campaign that has not started: any month of it may get a new version
    future = await makeGongCampaign(t.db, { year: 2099, status: 'draft' });
  });

  it('answers 401 without login', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/quota-rules?campaignId=${NO_ID}` }))
        .statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/quota-rules', payload: rule(future.id) }))
        .statusCode,
    ).toBe(401);
  });

  it('lets everyone read, only the office and admin write', async () => {
    for (const role of ['unit_admin', 'cadre', 'inspector'] as const) {
      expect((await w.as[role].get(`/api/quota-rules?campaignId=${future.id}`)).statusCode).toBe(
        200,
      );
      expectError(await w.as[role].post('/api/quota-rules', rule(future.id)), 403, 'FORBIDDEN');
    }
    expectError(await w.as.cadre.get(`/api/quota-rules?campaignId=${NO_ID}`), 404, 'NOT_FOUND');
    expectError(await w.as.cadre.get('/api/quota-rules'), 400, 'VALIDATION');
  });

  it('adds a version from a month on; the version in force is the latest not after the month', async () => {
    const res = await w.as.office.post('/api/quota-rules', rule(future.id));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      rank: 'county',
      effectiveFrom: '2099-03',
      minDaysPerMonth: 4,
    });
    const audits = await auditRows(t.db, { entity: 'quota_rule', entityId: res.json().id });
    expect(audits).toHaveLength(1);
    expect(audits[0]?.summary).toContain('2099-03 起县级干部指标：每月 4 天');

    const feb = await rulesForMonth(t.db, future.id, '2099-02');
    expect(feb.get('county')?.minDaysPerMonth).toBe(3);
    expect(feb.get('section')?.minDaysPerMonth).toBe(5);
    expect(feb.has('other')).toBe(false);
    const later = await rulesForMonth(t.db, future.id, '2099-07');
    expect(later.get('county')).toMatchObject({ minDaysPerMonth: 4, effectiveFrom: '2099-03' });
    expect(later.get('section')?.minDaysPerMonth).toBe(5);
    expect((await rulesForMonth(t.db, future.id, '2099-01')).size).toBe(0);

    // history, senior rank first and newest version first
    const items = (await w.as.cadre.get(`/api/quota-rules?campaignId=${future.id}`)).json().items;
    expect(
      items.map((r: { rank: string; effectiveFrom: string }) => `${r.rank} ${r.effectiveFrom}`),
    ).toEqual(['county 2099-03', 'county 2099-02', 'section 2099-02']);
    const county = (
      await w.as.cadre.get(`/api/quota-rules?campaignId=${future.id}&rank=county`)
    ).json();
    expect(county.total).toBe(2);
  });

  it('corrects the version of the same month instead of adding a second one', async () => {
    const res = await w.as.admin.post('/api/quota-rules', rule(future.id, { minDaysPerMonth: 6 }));
    expect(res.statusCode).toBe(201);
    const items = (
      await w.as.office.get(`/api/quota-rules?campaignId=${future.id}&rank=county`)
    ).json().items;
    expect(items.map((r: { minDaysPerMonth: number }) => r.minDaysPerMonth)).toEqual([6, 3]);
    const audits = await auditRows(t.db, { entity: 'quota_rule', action: 'update' });
    expect(audits).toHaveLength(1);
  });

  it('explains in Chinese why a month is refused', async () => {
    const outside = await w.as.office.post(
      '/api/quota-rules',
      rule(future.id, { effectiveFrom: '2099-10' }),
    );
    expectError(outside, 400, 'QUOTA_MONTH_OUTSIDE');
    expect(outside.json().error.message).toBe('生效月份须在活动期间（2099-02 至 2099-09）之内');

    const bad = await w.as.office.post(
      '/api/quota-rules',
      rule(future.id, {
        effectiveFrom: '2099-3',
        minHouseholds: 6,
        maxHouseholds: 5,
        rank: 'chief',
      }),
    );
    expectError(bad, 400, 'VALIDATION');
    expect(bad.json().error.details.map((d: { message: string }) => d.message)).toEqual(
      expect.arrayContaining(['月份格式应为 YYYY-MM，例如 2014-05']),
    );
    const range = await w.as.office.post(
      '/api/quota-rules',
      rule(future.id, { minHouseholds: 6, maxHouseholds: 5 }),
    );
    expectError(range, 400, 'VALIDATION');
    expect(range.json().error.message).toContain('联系户数上限不能小于下限');
    expectError(await w.as.office.post('/api/quota-rules', rule(NO_ID)), 404, 'NOT_FOUND');
  });

  it('refuses a month already past once the campaign has started', async () => {
    const c = await makeCampaign(t.db, { startDate: '2014-02-01', endDate: '2014-09-30' });
    const ctx = {
      db: t.db,
      ip: null,
      actor: { userId: (await w.as.office.get('/api/auth/me')).json().user.id, role: 'office' },
    } as unknown as RequestContext;
    const input = {
      campaignId: c.id,
      rank: 'section' as const,
      minDaysPerMonth: 4,
      minHouseholds: 3,
      maxHouseholds: 5,
      minPoorHelped: 1,
    };
    // on 2014-05-20: April is past, May (this month) and later are allowed
    await expect(
      add(ctx, { ...input, effectiveFrom: '2014-04' }, '2014-05-20'),
    ).rejects.toMatchObject({
      code: 'QUOTA_MONTH_PAST',
      message: expect.stringContaining('新指标只能从本月（2014-05）或以后的月份起生效'),
    });
    const saved = await add(ctx, { ...input, effectiveFrom: '2014-05' }, '2014-05-20');
    expect(saved).toMatchObject({ effectiveFrom: '2014-05', current: true });
    // before the campaign starts any of its months may be set
    await expect(
      add(ctx, { ...input, effectiveFrom: '2014-02' }, '2014-01-10'),
    ).resolves.toMatchObject({
      effectiveFrom: '2014-02',
    });
    const listed = await list(ctx, { campaignId: c.id }, '2014-04-15');
    expect(listed.items.map((r) => [r.effectiveFrom, r.current])).toEqual([
      ['2014-05', false],
      ['2014-02', true],
    ]);

    // through the API (today's real date is after 2014): every month of 2014 is past
    const res = await w.as.office.post('/api/quota-rules', { ...input, effectiveFrom: '2014-09' });
    expectError(res, 400, 'QUOTA_MONTH_PAST');
    expect(res.json().error.message).toContain(`本月（${todayInChina().slice(0, 7)}）`);
  });
});
