import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../common/dates.ts';
import { visits } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { makeCadre, makeContactPoint } from '../../test/factories.ts';
import { useWorld } from '../../test/hooks.ts';
import { multipartFile } from '../../test/upload.ts';
import { makeCadreWithLogin, makeHouseholdAt } from '../../test/world-visits.ts';
import { expectSheet } from '../../test/xlsx.ts';

describe('/api/visits', () => {
  const { t, w } = useWorld();
  let me: { cadreId: string; client: Client };
  let pointA: { id: string };
  let pointB: { id: string };
  let bureauPoint: { id: string };
  let hhA: string;
  let hhB: string;
  const today = todayInChina();
  beforeAll(async () => {
    me = await makeCadreWithLogin(t, w.branchA, { name: '走访干部' });
    pointA = await makeContactPoint(t.db, w.unitA, '甲村');
    pointB = await makeContactPoint(t.db, w.unitB, '乙村');
    bureauPoint = await makeContactPoint(t.db, w.bureau, '局联系村');
    hhA = await makeHouseholdAt(t, pointA.id, { headName: '王大伯', categories: ['poor'] });
    hhB = await makeHouseholdAt(t, pointB.id, { headName: '李大妈' });
  });

  const visit = (over: Record<string, unknown> = {}) => ({
    contactPointId: pointA.id,
    startDate: '2014-03-03',
    householdIds: [hhA],
    heard: '反映村道破损',
    done: '联系交通部门',
    ...over,
  });

  it('answers 401 without login and 403 to the inspector', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/visits' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/visits', payload: visit() })).statusCode,
    ).toBe(401);
    expect((await w.as.inspector.post('/api/visits', visit())).statusCode).toBe(403);
  });

  it('lets a cadre log his own visit with households met; the log shows in lists', async () => {
    const res = await me.client.post('/api/visits', visit());
    expect(res.statusCode).toBe(201);
    const v = res.json();
    expect(v).toMatchObject({
      cadreId: me.cadreId,
      cadreName: '走访干部',
      contactPointName: '甲村',
      startDate: '2014-03-03',
      endDate: '2014-03-03',
      days: 1,
      households: [{ id: hhA, headName: '王大伯' }],
      photos: [],
    });
    const list = (await w.as.unit_admin.get('/api/visits?month=2014-03')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(v.id);
    const rows = await auditRows(t.db, { entity: 'visit', entityId: v.id });
    expect(rows).toHaveLength(1);
  });

  it('logs a stay of several days and the contact point of an ancestor unit', async () => {
    const res = await me.client.post(
      '/api/visits',
      visit({
        contactPointId: bureauPoint.id,
        startDate: '2014-03-10',
        endDate: '2014-03-12',
        householdIds: [],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().days).toBe(3);
  });

  it('stores a retried upload once (same clientId answers 200 with the stored log)', async () => {
    const body = visit({ startDate: '2014-04-01', clientId: 'phone-1-0001' });
    const first = await me.client.post('/api/visits', body);
    const again = await me.client.post('/api/visits', body);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const rows = await t.db.select().from(visits).where(eq(visits.clientId, 'phone-1-0001'));
    expect(rows).toHaveLength(1);
    // someone else cannot reuse another's clientId
    expect(
      (await w.as.unit_admin.post('/api/visits', { ...body, cadreId: me.cadreId })).statusCode,
    ).toBe(409);
  });

  it('keeps cadres to their own visits and unit admins to their scope', async () => {
    const other = await makeCadre(t.db, w.unitA);
    const notMine = await me.client.post('/api/visits', visit({ cadreId: other.id }));
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().error.code).toBe('VISIT_NOT_OWN');
    const forOther = await w.as.unit_admin.post('/api/visits', visit({ cadreId: other.id }));
    expect(forOther.statusCode).toBe(201);
    const outsider = await makeCadre(t.db, w.unitB);
    expect(
      (
        await w.as.unit_admin.post(
          '/api/visits',
          visit({ cadreId: outsider.id, contactPointId: pointB.id, householdIds: [] }),
        )
      ).statusCode,
    ).toBe(404);
    const bVisit = await w.as.office.post('/api/visits', {
      cadreId: outsider.id,
      contactPointId: pointB.id,
      startDate: '2014-03-05',
    });
    expect(bVisit.statusCode).toBe(201);
    expect((await w.as.unit_admin.get(`/api/visits/${bVisit.json().id}`)).statusCode).toBe(404);
    expect((await w.as.unit_admin.delete(`/api/visits/${bVisit.json().id}`)).statusCode).toBe(404);
    const listA = (await w.as.unit_admin.get('/api/visits?pageSize=200')).json();
    expect(listA.items.some((i: { id: string }) => i.id === bVisit.json().id)).toBe(false);
  });

  it('validates dates, place and households with Chinese messages', async () => {
    const future = await me.client.post('/api/visits', visit({ startDate: '2999-01-01' }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toContain('今天以后');
    const reversed = await me.client.post(
      '/api/visits',
      visit({ startDate: '2014-03-05', endDate: '2014-03-01' }),
    );
    expect(reversed.json().error.message).toContain('结束日期不能早于开始日期');
    const tooLong = await me.client.post(
      '/api/visits',
      visit({ startDate: '2014-01-01', endDate: '2014-03-01' }),
    );
    expect(tooLong.json().error.message).toContain('31');
    const wrongPoint = await me.client.post(
      '/api/visits',
      visit({ contactPointId: pointB.id, householdIds: [] }),
    );
    expect(wrongPoint.json().error.code).toBe('VISIT_CONTACT_POINT');
    const wrongHousehold = await me.client.post('/api/visits', visit({ householdIds: [hhB] }));
    expect(wrongHousehold.json().error.code).toBe('VISIT_HOUSEHOLDS');
    const badDate = await me.client.post('/api/visits', visit({ startDate: '2014-02-30' }));
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.details[0].field).toBe('body.startDate');
    const noCadre = await w.as.unit_admin.post('/api/visits', visit());
    expect(noCadre.json().error.code).toBe('VISIT_CADRE_REQUIRED');
    expect((await me.client.post('/api/visits', visit({ startDate: today }))).statusCode).toBe(201);
  });

  it('edits and deletes a visit with audit rows', async () => {
    const v = (await me.client.post('/api/visits', visit({ startDate: '2014-05-06' }))).json();
    const patched = await me.client.patch(`/api/visits/${v.id}`, {
      endDate: '2014-05-07',
      done: '送去慰问品',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ days: 2, done: '送去慰问品' });
    // a PATCH changes what it names only: the households met and what was heard stay
    expect(patched.json().heard).toBe('反映村道破损');
    expect(patched.json().households).toEqual(v.households);
    expect(v.households).toHaveLength(1);
    expect((await w.as.cadre.patch(`/api/visits/${v.id}`, { done: 'x' })).statusCode).toBe(403);
    expect((await me.client.delete(`/api/visits/${v.id}`)).statusCode).toBe(204);
    expect((await me.client.get(`/api/visits/${v.id}`)).statusCode).toBe(404);
    const rows = await auditRows(t.db, { entity: 'visit', entityId: v.id });
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('attaches photos uploaded first, readable by those who see the visit', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const up = await me.client.request({
      method: 'POST',
      url: '/api/attachments',
      ...multipartFile(png, 'p.png', 'image/png'),
    });
    expect(up.statusCode).toBe(201);
    const v = await me.client.post(
      '/api/visits',
      visit({ startDate: '2014-06-02', attachmentIds: [up.json().id] }),
    );
    expect(v.statusCode).toBe(201);
    expect(v.json().photos).toHaveLength(1);
    expect((await w.as.unit_admin.get(up.json().url)).statusCode).toBe(200);
    expect((await w.as.office.get(up.json().url)).statusCode).toBe(200);
    // the same upload cannot be attached twice; the failed write leaves nothing behind
    const twice = await me.client.post(
      '/api/visits',
      visit({ startDate: '2014-06-03', attachmentIds: [up.json().id] }),
    );
    expect(twice.statusCode).toBe(400);
    const june3 = (await me.client.get('/api/visits?from=2014-06-03&to=2014-06-03')).json();
    expect(june3.total).toBe(0);
  });

  it('exports the filtered visit log in scope as a workbook (走访台账)', async () => {
    const res = await w.as.unit_admin.get('/api/visits/export?month=2014-03');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('走访记录.xlsx'));
    const rows = await expectSheet(res, [
      '开始日期',
      '结束日期',
      '天数',
      '干部',
      '单位',
      '联系点',
      '走访住户',
      '听到了什么',
      '做了什么',
      '照片数',
    ]);
    expect(rows.slice(1).every((r) => r[0]?.startsWith('2014-03'))).toBe(true);
    expect(rows.some((r) => r[6] === '王大伯' && r[3] === '走访干部')).toBe(true);
    // another unit's visits are not in a unit admin's export
    expect(rows.some((r) => r[5] === '乙村')).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/visits/export' })).statusCode).toBe(401);
    expect((await w.as.unit_admin.get(`/api/visits/export?orgId=${w.unitB.id}`)).statusCode).toBe(
      404,
    );
    expect((await w.as.unit_admin.get('/api/visits/export?month=2014-3')).statusCode).toBe(400);
  });
});
