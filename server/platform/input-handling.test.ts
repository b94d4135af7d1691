import { beforeAll, describe, expect, it } from 'vitest';
import { makeCampaign } from '../test/factories-campaigns.ts';
import { useWorld } from '../test/hooks.ts';

/**
 * Input is refused in words, never quietly changed: a reversed period is an error on its end
 * field (not swapped, not an empty list), a number out of range is refused (not clamped), a text
 * over its limit is refused naming the field and the limit (not cut short).
 */
const REVERSED = '结束日期不能早于开始日期';
const someId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('input handling', () => {
  const { t, w } = useWorld();
  let campaignId: string;
  beforeAll(async () => {
    campaignId = (await makeCampaign(t.db)).id;
  });

  const fieldError = (body: string, field: string) => {
    const res = JSON.parse(body) as {
      error: { code: string; details?: { field: string; message: string }[] };
    };
    return res.error.details?.find((d) => d.field === field)?.message;
  };

  it.each([
    ['/api/cases?from=2014-05-02&to=2014-05-01', 'querystring.to'],
    ['/api/cases/export?from=2014-05-02&to=2014-05-01', 'querystring.to'],
    ['/api/visits?from=2014-05-02&to=2014-05-01', 'querystring.to'],
    ['/api/visits/export?from=2014-05-02&to=2014-05-01', 'querystring.to'],
    ['/api/assistance?from=2014-06&to=2014-05', 'querystring.to'],
    ['/api/assistance/export?from=2014-06&to=2014-05', 'querystring.to'],
    [`/api/compliance/calendar?cadreId=${someId}&from=2014-05-02&to=2014-05-01`, 'querystring.to'],
    ['/api/audit?from=2014-05-02T00:00:00Z&to=2014-05-01T00:00:00Z', 'querystring.to'],
    ['/api/audit/export?from=2014-05-02T00:00:00Z&to=2014-05-01T00:00:00Z', 'querystring.to'],
  ])('a reversed filter period is refused on its end: GET %s', async (url, field) => {
    const res = await w.as.admin.get(url);
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldError(res.body, field)).toBe(REVERSED);
  });

  it('a reversed campaign, phase or visit period is refused on endDate, not swapped', async () => {
    const campaign = await w.as.office.post('/api/campaigns', {
      name: '倒序活动',
      startDate: '2014-05-01',
      endDate: '2014-04-01',
    });
    expect(campaign.statusCode).toBe(400);
    expect(fieldError(campaign.body, 'body.endDate')).toBe(REVERSED);

    const patch = await w.as.office.patch(`/api/campaigns/${campaignId}`, {
      startDate: '2014-05-01',
      endDate: '2014-04-01',
    });
    expect(patch.statusCode).toBe(400);
    expect(fieldError(patch.body, 'body.endDate')).toBe(REVERSED);

    const phase = await w.as.office.post(`/api/campaigns/${campaignId}/phases`, {
      name: '倒序阶段',
      startDate: '2014-04-01',
      endDate: '2014-03-01',
    });
    expect(phase.statusCode).toBe(400);
    expect(fieldError(phase.body, 'body.endDate')).toBe(REVERSED);

    const visit = await w.as.cadre.post('/api/visits', {
      contactPointId: someId,
      startDate: '2014-03-05',
      endDate: '2014-03-01',
    });
    expect(visit.statusCode).toBe(400);
    expect(fieldError(visit.body, 'body.endDate')).toBe(REVERSED);
  });

  it('月末提醒 −5 is refused in words, not clamped to 0', async () => {
    const res = await w.as.office.patch(`/api/campaigns/${campaignId}`, {
      reminderDaysBeforeMonthEnd: -5,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldError(res.body, 'body.reminderDaysBeforeMonthEnd')).toBe('提醒天数不能小于 0');
    const after = (await w.as.office.get(`/api/campaigns/${campaignId}`)).json();
    expect(after.reminderDaysBeforeMonthEnd).not.toBe(0);
  });

  it('a page size above the maximum is refused, not lowered', async () => {
    const res = await w.as.admin.get('/api/cadres?pageSize=500');
    expect(res.statusCode).toBe(400);
    expect(fieldError(res.body, 'querystring.pageSize')).toBe('每页条数不能超过 200');
  });

  it('an over-long field is refused with the field and the limit, not cut short', async () => {
    const res = await w.as.office.post('/api/campaigns', {
      name: '长'.repeat(101),
      startDate: '2014-04-01',
      endDate: '2014-05-01',
    });
    expect(res.statusCode).toBe(400);
    expect(fieldError(res.body, 'body.name')).toBe('活动名称不能超过 100 个字');
    expect(res.json().error.message).toContain('活动名称不能超过 100 个字');
  });
});
