import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '../../../common/dates.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { makeCadre, makeOrg } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { multipartFile } from '../../test/upload.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';
import { expectSheet } from '../../test/xlsx.ts';

describe('/api/service-records', () => {
  const { t, w } = useWorld();
  let me: { cadreId: string; client: Client };
  let campaign: { id: string; name: string; startDate: string };
  const today = todayInChina();
  beforeAll(async () => {
    me = await makeCadreWithLogin(t, w.unitA, { name: '志愿干部' });
    campaign = await makeCampaign(t.db, {
      name: '服务活动',
      startDate: '2014-03-01',
      endDate: '2099-12-31',
    });
  });

  const volunteer = (over: Record<string, unknown> = {}) => ({
    kind: 'volunteer',
    campaignId: campaign.id,
    startsOn: '2014-04-05',
    place: '城南社区',
    task: '帮孤寡老人打扫卫生',
    hours: 3.5,
    ...over,
  });
  const frontline = (over: Record<string, unknown> = {}) => ({
    kind: 'frontline',
    campaignId: campaign.id,
    startsOn: '2014-04-01',
    endsOn: '2014-06-30',
    place: '莲花县坊楼镇沿背村',
    task: '驻村帮扶，协助村两委修通组道路',
    result: '修通道路 2.3 公里',
    ...over,
  });

  it('answers 401 without login and 403 to the inspector', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/service-records' })).statusCode).toBe(
      401,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/service-records/summary' })).statusCode,
    ).toBe(401);
    expect((await w.as.inspector.post('/api/service-records', volunteer())).statusCode).toBe(403);
    expect((await w.as.inspector.get('/api/service-records')).statusCode).toBe(200);
  });

  it('lets a cadre record his own volunteer service and front-line posting', async () => {
    const v = await me.client.post('/api/service-records', volunteer());
    expect(v.statusCode).toBe(201);
    expect(v.json()).toMatchObject({
      cadreId: me.cadreId,
      cadreName: '志愿干部',
      orgName: '甲单位',
      campaignName: '服务活动',
      kind: 'volunteer',
      hours: 3.5,
      endsOn: null,
      evidence: [],
    });
    const f = await me.client.post('/api/service-records', frontline());
    expect(f.statusCode).toBe(201);
    expect(f.json()).toMatchObject({ kind: 'frontline', hours: null, endsOn: '2014-06-30' });
    const rows = await auditRows(t.db, { entity: 'service_record', entityId: v.json().id });
    expect(rows).toHaveLength(1);
    const list = (await w.as.unit_admin.get('/api/service-records?kind=frontline')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([f.json().id]);
  });

  it('refuses bad hours and dates in words', async () => {
    const none = await me.client.post('/api/service-records', volunteer({ hours: null }));
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toBe('志愿服务须填写服务时长（小时）');
    const tooMany = await me.client.post('/api/service-records', volunteer({ hours: 25 }));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toBe('服务时长不能超过每天 24 小时（1 天最多 24 小时）');
    expect(tooMany.json().error.details[0].field).toBe('hours');
    const zero = await me.client.post('/api/service-records', volunteer({ hours: 0 }));
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.message).toContain('服务时长须大于 0');
    const twoDays = await me.client.post(
      '/api/service-records',
      volunteer({ startsOn: '2014-05-01', endsOn: '2014-05-02', hours: 30 }),
    );
    expect(twoDays.statusCode).toBe(201);
    const frontHours = await me.client.post('/api/service-records', frontline({ hours: 5 }));
    expect(frontHours.json().error.message).toBe('选派一线记录不填服务时长');
    const future = await me.client.post(
      '/api/service-records',
      volunteer({ startsOn: addDays(today, 1) }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toBe('不能登记今天以后的服务');
    const before = await me.client.post(
      '/api/service-records',
      volunteer({ startsOn: '2014-02-20' }),
    );
    expect(before.json().error.message).toBe(
      '服务日期不能早于活动「服务活动」的开始日期 2014-03-01',
    );
    const reversed = await me.client.post(
      '/api/service-records',
      frontline({ startsOn: '2014-05-01', endsOn: '2014-04-01' }),
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.message).toContain('结束日期不能早于开始日期');
    const noPlace = await me.client.post('/api/service-records', volunteer({ place: '' }));
    expect(noPlace.json().error.message).toContain('请填写地点');
    const noCadre = await w.as.unit_admin.post('/api/service-records', volunteer());
    expect(noCadre.json().error.code).toBe('SERVICE_RECORD_CADRE_REQUIRED');
  });

  it('keeps cadres to their own records and unit admins to their scope (404 outside)', async () => {
    const other = await makeCadre(t.db, w.unitA);
    const notMine = await me.client.post('/api/service-records', volunteer({ cadreId: other.id }));
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().error.code).toBe('SERVICE_RECORD_NOT_OWN');
    expect(
      (await w.as.unit_admin.post('/api/service-records', volunteer({ cadreId: other.id })))
        .statusCode,
    ).toBe(201);
    const outsider = await makeCadre(t.db, w.unitB);
    expect(
      (await w.as.unit_admin.post('/api/service-records', volunteer({ cadreId: outsider.id })))
        .statusCode,
    ).toBe(404);
    const b = await w.as.office.post('/api/service-records', volunteer({ cadreId: outsider.id }));
    expect(b.statusCode).toBe(201);
    const id = b.json().id;
    expect((await w.as.unit_admin.get(`/api/service-records/${id}`)).statusCode).toBe(404);
    expect(
      (await w.as.unit_admin.patch(`/api/service-records/${id}`, { hours: 2 })).statusCode,
    ).toBe(404);
    expect((await w.as.unit_admin.delete(`/api/service-records/${id}`)).statusCode).toBe(404);
    expect((await me.client.get(`/api/service-records?orgId=${w.unitB.id}`)).statusCode).toBe(404);
  });

  it('edits and deletes with audit rows; evidence readable by those who see the record', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const up = await me.client.request({
      method: 'POST',
      url: '/api/attachments',
      ...multipartFile(png, 'p.png', 'image/png'),
    });
    const r = (
      await me.client.post('/api/service-records', volunteer({ attachmentIds: [up.json().id] }))
    ).json();
    expect(r.evidence).toHaveLength(1);
    expect((await w.as.unit_admin.get(up.json().url)).statusCode).toBe(200);
    const patched = await me.client.patch(`/api/service-records/${r.id}`, {
      hours: 4,
      result: '打扫 3 户',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ hours: 4, result: '打扫 3 户' });
    const bad = await me.client.patch(`/api/service-records/${r.id}`, { hours: 24.5 });
    expect(bad.statusCode).toBe(400);
    expect((await w.as.cadre.patch(`/api/service-records/${r.id}`, { hours: 1 })).statusCode).toBe(
      403,
    );
    expect((await me.client.delete(`/api/service-records/${r.id}`)).statusCode).toBe(204);
    expect((await me.client.get(`/api/service-records/${r.id}`)).statusCode).toBe(404);
    const rows = await auditRows(t.db, { entity: 'service_record', entityId: r.id });
    expect(rows.map((x) => x.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('sums each unit against the target, figures equal to the records', async () => {
    const org = await makeOrg(t.db, { parent: w.bureau, name: '丙单位' });
    const sub = await makeOrg(t.db, { parent: org, name: '丙单位支部', kind: 'branch' });
    const c1 = await makeCadre(t.db, org);
    const c2 = await makeCadre(t.db, sub);
    await makeCadre(t.db, sub);
    await makeCadre(t.db, sub, { active: false });
    const add = (body: Record<string, unknown>) => w.as.office.post('/api/service-records', body);
    expect((await add(volunteer({ cadreId: c1.id, hours: 6 }))).statusCode).toBe(201);
    expect(
      (await add(volunteer({ cadreId: c2.id, hours: 2.5, startsOn: '2014-04-06' }))).statusCode,
    ).toBe(201);
    expect(
      (await add(volunteer({ cadreId: c2.id, hours: 1.5, startsOn: '2014-04-07' }))).statusCode,
    ).toBe(201);
    expect((await add(frontline({ cadreId: c2.id }))).statusCode).toBe(201);
    // a record of no campaign does not count in the campaign's figures
    expect((await add(volunteer({ cadreId: c1.id, campaignId: null, hours: 9 }))).statusCode).toBe(
      201,
    );
    const res = await w.as.office.get(
      `/api/service-records/summary?orgId=${org.id}&campaignId=${campaign.id}`,
    );
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ campaignName: '服务活动', hoursPerCadre: 8 });
    expect(s.items).toEqual([
      {
        orgId: sub.id,
        orgName: '丙单位支部',
        own: false,
        cadres: 2,
        hours: 4,
        target: 16,
        rate: 0.25,
        volunteers: 1,
        frontline: 1,
      },
      // the unit's own cadre (本级), beside its branch
      {
        orgId: org.id,
        orgName: '丙单位',
        own: true,
        cadres: 1,
        hours: 6,
        target: 8,
        rate: 0.75,
        volunteers: 1,
        frontline: 0,
      },
    ]);
    // the rows add up to the total
    for (const k of ['cadres', 'hours', 'target', 'volunteers', 'frontline'] as const) {
      expect(s.items.reduce((a: number, r: Record<string, number>) => a + (r[k] ?? 0), 0)).toBe(
        s.total[k],
      );
    }
    expect(s.total).toMatchObject({
      orgId: org.id,
      cadres: 3,
      hours: 10,
      target: 24,
      volunteers: 2,
      frontline: 1,
    });
    // the same figures from the list of records
    const list = (
      await w.as.office.get(
        `/api/service-records?orgId=${org.id}&campaignId=${campaign.id}&kind=volunteer`,
      )
    ).json();
    const hours = list.items.reduce((a: number, r: { hours: number }) => a + r.hours, 0);
    expect(hours).toBe(s.total.hours);
    // a unit admin's summary is his scope; another unit is 404
    const mine = (
      await w.as.unit_admin.get(`/api/service-records/summary?campaignId=${campaign.id}`)
    ).json();
    expect(mine.items.map((i: { orgName: string }) => i.orgName)).toEqual([
      '甲单位党支部',
      '甲单位',
    ]);
    expect(mine.total.orgName).toBe('甲单位');
    expect(
      (await w.as.unit_admin.get(`/api/service-records/summary?orgId=${org.id}`)).statusCode,
    ).toBe(404);
    const office = (
      await w.as.office.get(`/api/service-records/summary?campaignId=${campaign.id}`)
    ).json();
    expect(office.items.map((i: { orgName: string }) => i.orgName)).toEqual(
      expect.arrayContaining(['甲单位', '乙单位', '丙单位']),
    );
  });

  it('exports the filtered records in scope', async () => {
    const res = await w.as.unit_admin.get('/api/service-records/export?kind=volunteer');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('一线服务记录.xlsx'));
    const rows = await expectSheet(res, [
      '类型',
      '干部',
      '单位',
      '活动',
      '开始日期',
      '结束日期',
      '地点',
      '任务或服务内容',
      '成效',
      '服务时长（小时）',
      '佐证材料数',
    ]);
    expect(rows.slice(1).every((r) => r[0] === '志愿服务' && r[2] !== '乙单位')).toBe(true);
    expect(
      (await w.as.unit_admin.get('/api/service-records/export?from=2014-05-01&to=2014-04-01'))
        .statusCode,
    ).toBe(400);
  });
});
