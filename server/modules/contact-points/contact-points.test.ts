import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contactPoints } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { type ErrorDetail, expectNotFound, expectValidation } from '../../test/expect.ts';
import { makeContactPoint, makeOrg, type TestOrg } from '../../test/factories.ts';
import { useWorld } from '../../test/hooks.ts';

type PointJson = { id: string; orgId: string; orgName: string; name: string };

describe('contact points API', () => {
  const { t, w } = useWorld();
  let pointA: { id: string; name: string };
  let pointB: { id: string; name: string };
  beforeAll(async () => {
    pointA = await makeContactPoint(t.db, w.unitA, '甲单位联系村');
    pointB = await makeContactPoint(t.db, w.unitB, '乙单位联系村');
  });

  const validBody = (org: TestOrg, extra: Record<string, unknown> = {}) => ({
    orgId: org.id,
    name: `联系点${Math.random().toString(36).slice(2, 8)}`,
    kind: 'community',
    county: '安源区',
    address: '某街道某社区',
    latitude: 27.62,
    longitude: 113.85,
    ...extra,
  });

  const storedName = async (id: string) =>
    (await t.db.select().from(contactPoints).where(eq(contactPoints.id, id)))[0]?.name;
  const pointsNamed = (names: string[]) =>
    t.db.select().from(contactPoints).where(inArray(contactPoints.name, names));

  describe('authentication and roles', () => {
    it('answers 401 to every route without a session', async () => {
      const calls = [
        { method: 'GET', url: '/api/contact-points' },
        { method: 'GET', url: `/api/contact-points/${pointA.id}` },
        {
          method: 'POST',
          url: '/api/contact-points',
          payload: validBody(w.unitA, { name: '无登录' }),
        },
        { method: 'PATCH', url: `/api/contact-points/${pointA.id}`, payload: { name: '无登录' } },
        { method: 'DELETE', url: `/api/contact-points/${pointA.id}` },
      ] as const;
      for (const call of calls) {
        const res = await t.app.inject(call);
        expect(res.statusCode, `${call.method} ${call.url}`).toBe(401);
        expect(res.json().error.code).toBe('UNAUTHENTICATED');
      }
      expect(await storedName(pointA.id)).toBe('甲单位联系村');
      expect(await pointsNamed(['无登录'])).toHaveLength(0);
    });

    it('answers 403 to read-only roles (cadre, inspector) on every write', async () => {
      for (const role of ['cadre', 'inspector'] as const) {
        const c = w.as[role];
        const results = [
          await c.post('/api/contact-points', validBody(w.unitA, { name: `只读${role}` })),
          await c.patch(`/api/contact-points/${pointA.id}`, { name: '只读改名' }),
          await c.delete(`/api/contact-points/${pointA.id}`),
        ];
        for (const res of results) {
          expect(res.statusCode, role).toBe(403);
          expect(res.json().error.code).toBe('FORBIDDEN');
        }
        expect((await c.get('/api/contact-points')).statusCode).toBe(200);
        expect((await c.get(`/api/contact-points/${pointA.id}`)).statusCode).toBe(200);
      }
      expect(await storedName(pointA.id)).toBe('甲单位联系村');
      expect(await pointsNamed(['只读cadre', '只读inspector'])).toHaveLength(0);
    });

    it('lets admin, office and unit admin create contact points', async () => {
      for (const role of ['admin', 'office', 'unit_admin'] as const) {
        expect((await w.as[role].post('/api/contact-points', validBody(w.unitA))).statusCode).toBe(
          201,
        );
      }
    });
  });

  describe('unit scope', () => {
    it("answers 404 to a unit admin reading, changing or deleting another unit's point", async () => {
      const ua = w.as.unit_admin;
      expectNotFound(await ua.get(`/api/contact-points/${pointB.id}`));
      expectNotFound(await w.as.cadre.get(`/api/contact-points/${pointB.id}`));
      expectNotFound(await ua.patch(`/api/contact-points/${pointB.id}`, { name: '越权改名' }));
      expectNotFound(await ua.delete(`/api/contact-points/${pointB.id}`));
      expect(await storedName(pointB.id)).toBe('乙单位联系村');
      expect(await auditRows(t.db, { entityId: pointB.id })).toHaveLength(0);
      expect((await w.as.inspector.get(`/api/contact-points/${pointB.id}`)).statusCode).toBe(200);
    });

    it('answers 404 to a unit admin filtering by another unit', async () => {
      expectNotFound(await w.as.unit_admin.get(`/api/contact-points?orgId=${w.unitB.id}`));
      expectNotFound(await w.as.unit_admin.get(`/api/contact-points?orgId=${w.bureau.id}`));
    });

    it('lists the points of the units above too, read-only, for cadres of a branch', async () => {
      const bureauPoint = await makeContactPoint(t.db, w.bureau, '局联系村（上级）');
      const items: (PointJson & { editable: boolean })[] = (
        await w.as.unit_admin.get('/api/contact-points?pageSize=200')
      ).json().items;
      expect(items.find((p) => p.id === bureauPoint.id)?.editable).toBe(false);
      expectNotFound(
        await w.as.unit_admin.patch(`/api/contact-points/${bureauPoint.id}`, { name: 'x' }),
      );
      expectNotFound(await w.as.unit_admin.delete(`/api/contact-points/${bureauPoint.id}`));
    });

    it("never lists another unit's points to a unit admin or cadre", async () => {
      for (const role of ['unit_admin', 'cadre'] as const) {
        const items: PointJson[] = (await w.as[role].get('/api/contact-points?pageSize=200')).json()
          .items;
        expect(items.map((p) => p.id)).toContain(pointA.id);
        expect(items.map((p) => p.id)).not.toContain(pointB.id);
        expect(items.some((p) => p.orgId === w.unitB.id)).toBe(false);
      }
    });

    it('refuses to create a point in, or move one to, a unit outside the writer’s scope', async () => {
      expectNotFound(
        await w.as.unit_admin.post(
          '/api/contact-points',
          validBody(w.unitB, { name: '越权新增点' }),
        ),
      );
      expect(await pointsNamed(['越权新增点'])).toHaveLength(0);
      const mine = await makeContactPoint(t.db, w.unitA, '待调动联系点');
      expectNotFound(
        await w.as.unit_admin.patch(`/api/contact-points/${mine.id}`, { orgId: w.unitB.id }),
      );
      const [row] = await t.db.select().from(contactPoints).where(eq(contactPoints.id, mine.id));
      expect(row?.orgId).toBe(w.unitA.id);
      const moved = await w.as.unit_admin.patch(`/api/contact-points/${mine.id}`, {
        orgId: w.branchA.id,
      });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ orgId: w.branchA.id, orgName: w.branchA.name });
    });

    it('answers 404 to an unknown id', async () => {
      const unknown = '01900000-0000-7000-8000-000000000000';
      expectNotFound(await w.as.admin.get(`/api/contact-points/${unknown}`));
      expectNotFound(await w.as.admin.patch(`/api/contact-points/${unknown}`, { name: '谁' }));
      expectNotFound(await w.as.admin.delete(`/api/contact-points/${unknown}`));
      expectNotFound(await w.as.admin.get(`/api/contact-points?orgId=${unknown}`));
    });
  });

  describe('validation', () => {
    it('answers 400 VALIDATION with the field for bad input', async () => {
      const a = w.as.admin;
      const post = (extra: Record<string, unknown>) =>
        a.post('/api/contact-points', validBody(w.unitA, extra));
      const { name: _n, ...noName } = validBody(w.unitA);
      expectValidation(await a.post('/api/contact-points', noName), 'body.name');
      expectValidation(await post({ name: '  ' }), 'body.name');
      expectValidation(await post({ kind: 'city' }), 'body.kind');
      expectValidation(await post({ orgId: 'not-a-uuid' }), 'body.orgId');
      expectValidation(await post({ latitude: 91 }), 'body.latitude');
      expectValidation(await post({ longitude: -181 }), 'body.longitude');
      expectValidation(await post({ name: 'x'.repeat(101) }), 'body.name');
      expectValidation(await post({ address: 'x'.repeat(201) }), 'body.address');
      expectValidation(await a.get('/api/contact-points/not-a-uuid'), 'params.id');
      expectValidation(await a.patch('/api/contact-points/not-a-uuid', { name: 'x' }), 'params.id');
      expectValidation(await a.delete('/api/contact-points/not-a-uuid'), 'params.id');
      expectValidation(
        await a.patch(`/api/contact-points/${pointA.id}`, { kind: 'city' }),
        'body.kind',
      );
      expectValidation(
        await a.patch(`/api/contact-points/${pointA.id}`, { latitude: 'north' }),
        'body.latitude',
      );
      expectValidation(await a.get('/api/contact-points?pageSize=1000'), 'querystring.pageSize');
      expectValidation(await a.get('/api/contact-points?orgId=nope'), 'querystring.orgId');
      const missingName = await a.post('/api/contact-points', noName);
      const msg = missingName
        .json()
        .error.details.find((d: ErrorDetail) => d.field === 'body.name').message;
      expect(msg).toMatch(/[\u4e00-\u9fff]/);
    });

    it('never answers 500 to unknown fields or wrong types', async () => {
      const a = w.as.admin;
      const base = validBody(w.unitA);
      const bodies: unknown[] = [
        { ...base, name: 5 },
        { ...base, orgId: ['x'] },
        { ...base, latitude: '27.6' },
        { ...base, kind: { village: true } },
        [base],
        'text',
        null,
        true,
      ];
      for (const body of bodies) {
        const payload = JSON.stringify(body);
        const headers = { 'content-type': 'application/json' };
        const created = await a.request({
          method: 'POST',
          url: '/api/contact-points',
          headers,
          payload,
        });
        expect(created.statusCode, payload).toBe(400);
        const patched = await a.request({
          method: 'PATCH',
          url: `/api/contact-points/${pointA.id}`,
          headers,
          payload,
        });
        expect(patched.statusCode, `PATCH ${payload}`).toBeLessThan(500);
      }
      const huge = `{"orgId":"${w.unitA.id}","name":"无穷远村","kind":"village","latitude":1e400}`;
      for (const raw of ['{"name":', '{"__proto__": {"x": 1}}', huge]) {
        const res = await a.request({
          method: 'POST',
          url: '/api/contact-points',
          headers: { 'content-type': 'application/json' },
          payload: raw,
        });
        expect(res.statusCode, raw).toBe(400);
      }
      // DELETE with a body is not an error either
      const extraDelete = await a.request({
        method: 'DELETE',
        url: '/api/contact-points/01900000-0000-7000-8000-000000000000',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ force: true }),
      });
      expect(extraDelete.statusCode).toBe(404);
      // unknown fields are dropped
      const extra = await a.post('/api/contact-points', {
        ...base,
        name: '带多余字段的点',
        id: '01900000-0000-7000-8000-000000000002',
        orgName: '伪造单位',
        households: 12,
      });
      expect(extra.statusCode).toBe(201);
      expect(extra.json().id).not.toBe('01900000-0000-7000-8000-000000000002');
      expect(extra.json().orgName).toBe(w.unitA.name);
      expect(extra.json()).not.toHaveProperty('households');
      for (const qs of ['page=x', 'pageSize=0', `q=${'y'.repeat(101)}`, 'orgId=1&orgId=2']) {
        expect((await a.get(`/api/contact-points?${qs}`)).statusCode, qs).toBe(400);
      }
      for (const qs of ['q=%25', 'q=_', 'unknown=1']) {
        expect((await a.get(`/api/contact-points?${qs}`)).statusCode, qs).toBe(200);
      }
    });
    // PostgreSQL refuses a NUL character (SQLSTATE 22021); the error handler answers 400.
    it('answers 400, not 500, to a NUL character in text input', async () => {
      const a = w.as.admin;
      const codes = [
        (await a.get('/api/contact-points?q=%00')).statusCode,
        (await a.post('/api/contact-points', validBody(w.unitA, { name: 'a\u0000b' }))).statusCode,
        (await a.patch(`/api/contact-points/${pointA.id}`, { address: '\u0000' })).statusCode,
      ];
      expect(codes).toEqual([400, 400, 400]);
    });
  });

  describe('create, read, update, delete', () => {
    it('creates a point that then appears in the list, and audits it in the same transaction', async () => {
      const body = validBody(w.branchA, { name: '新建联系社区', kind: 'community' });
      const res = await w.as.unit_admin.post('/api/contact-points', body);
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toEqual({
        id: expect.any(String),
        orgId: w.branchA.id,
        orgName: w.branchA.name,
        name: '新建联系社区',
        kind: 'community',
        county: '安源区',
        address: '某街道某社区',
        latitude: 27.62,
        longitude: 113.85,
        editable: true,
      });
      const list = await w.as.unit_admin.get(
        `/api/contact-points?q=${encodeURIComponent('新建联系社区')}`,
      );
      expect(list.json()).toEqual({ items: [created], total: 1 });
      // a cadre reads the same point, but may not change it
      expect((await w.as.cadre.get(`/api/contact-points/${created.id}`)).json()).toEqual({
        ...created,
        editable: false,
      });

      const rows = await auditRows(t.db, { entityId: created.id });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'create',
        entity: 'contact_point',
        entityId: created.id,
        before: null,
        after: { name: '新建联系社区', orgId: w.branchA.id, kind: 'community' },
      });
      const [stored] = await t.db
        .select()
        .from(contactPoints)
        .where(eq(contactPoints.id, created.id));
      expect(rows[0]?.at.getTime()).toBe(stored?.createdAt.getTime());
    });

    it('defaults optional fields', async () => {
      const res = await w.as.admin.post('/api/contact-points', {
        orgId: w.unitA.id,
        name: '最少字段村',
        kind: 'village',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        county: '',
        address: '',
        latitude: null,
        longitude: null,
      });
    });

    it('updates a point and audits before and after', async () => {
      const p = await makeContactPoint(t.db, w.unitA, '待修改联系点');
      const res = await w.as.unit_admin.patch(`/api/contact-points/${p.id}`, {
        name: '已修改联系点',
        latitude: null,
        county: '芦溪县',
      });
      // a PATCH changes what it names only: a rename keeps the county
      const renamed = await w.as.unit_admin.patch(`/api/contact-points/${p.id}`, {
        name: '再改名',
      });
      expect(renamed.json()).toMatchObject({ name: '再改名', county: '芦溪县' });
      await w.as.unit_admin.patch(`/api/contact-points/${p.id}`, { name: '已修改联系点' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: p.id,
        name: '已修改联系点',
        latitude: null,
        kind: 'village',
      });
      const [row] = await auditRows(t.db, { entityId: p.id });
      expect(row).toMatchObject({ action: 'update', entity: 'contact_point' });
      expect(row?.before).toMatchObject({ name: '待修改联系点' });
      expect(row?.after).toMatchObject({ name: '已修改联系点' });
    });

    it('accepts an empty PATCH without error', async () => {
      const p = await makeContactPoint(t.db, w.unitA, '空修改联系点');
      const res = await w.as.unit_admin.patch(`/api/contact-points/${p.id}`, {});
      expect(res.statusCode).toBe(200);
      expect(res.json().name).toBe('空修改联系点');
    });

    it('deletes a point, audits it, and then answers 404', async () => {
      const p = await makeContactPoint(t.db, w.branchA, '待删除联系点');
      const res = await w.as.unit_admin.delete(`/api/contact-points/${p.id}`);
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
      expectNotFound(await w.as.unit_admin.get(`/api/contact-points/${p.id}`));
      expectNotFound(await w.as.unit_admin.delete(`/api/contact-points/${p.id}`));
      expect(
        await t.db.select().from(contactPoints).where(eq(contactPoints.id, p.id)),
      ).toHaveLength(0);
      const rows = await auditRows(t.db, { entityId: p.id });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'delete',
        entity: 'contact_point',
        after: null,
        before: { id: p.id, name: '待删除联系点', orgId: w.branchA.id },
      });
      expect(rows[0]?.summary).toContain('待删除联系点');
    });
  });

  describe('list: search, unit filter, paging', () => {
    let unitX: TestOrg;
    let subX: TestOrg;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      unitX = await makeOrg(t.db, { parent: w.unitA, name: '联系点筛选单位' });
      subX = await makeOrg(t.db, { parent: unitX, name: '联系点筛选支部', kind: 'branch' });
      const make = async (key: string, org: TestOrg, body: Record<string, unknown>) => {
        const res = await w.as.admin.post('/api/contact-points', {
          orgId: org.id,
          kind: 'village',
          ...body,
        });
        expect(res.statusCode).toBe(201);
        ids[key] = res.json().id;
      };
      await make('byName', unitX, { name: '青山ZQX村', county: '上栗县', address: '青山镇' });
      await make('byCounty', unitX, { name: '白水村', county: '湘东QXZ区', address: '白水镇' });
      await make('byAddress', subX, {
        name: '绿园社区',
        kind: 'community',
        county: '安源区',
        address: '凤凰街QZX号',
      });
    });

    const listIds = async (c: Client, qs: string) => {
      const res = await c.get(`/api/contact-points?${qs}`);
      expect(res.statusCode, qs).toBe(200);
      return (res.json().items as PointJson[]).map((p) => p.id);
    };

    it('searches by name, county and address', async () => {
      const a = w.as.admin;
      expect(await listIds(a, 'q=zqx')).toEqual([ids.byName]);
      expect(await listIds(a, 'q=QXZ')).toEqual([ids.byCounty]);
      expect(await listIds(a, 'q=QZX')).toEqual([ids.byAddress]);
      expect(await listIds(a, `q=${encodeURIComponent('凤凰街')}`)).toEqual([ids.byAddress]);
      expect(await listIds(a, `q=${encodeURIComponent('没有这个点')}`)).toEqual([]);
    });

    it('filters by unit including its sub-units, combined with q', async () => {
      const a = w.as.admin;
      expect(new Set(await listIds(a, `orgId=${unitX.id}`))).toEqual(new Set(Object.values(ids)));
      expect(await listIds(a, `orgId=${subX.id}`)).toEqual([ids.byAddress]);
      expect(await listIds(w.as.unit_admin, `orgId=${subX.id}`)).toEqual([ids.byAddress]);
      expect(await listIds(a, `orgId=${subX.id}&q=zqx`)).toEqual([]);
      expect(await listIds(a, `orgId=${unitX.id}&q=zqx`)).toEqual([ids.byName]);
    });

    it('pages with a stable order and a total of all matches', async () => {
      const a = w.as.admin;
      const pages = [];
      for (const p of [1, 2, 3])
        pages.push(
          (await a.get(`/api/contact-points?orgId=${unitX.id}&pageSize=2&page=${p}`)).json(),
        );
      expect(pages.map((p) => p.total)).toEqual([3, 3, 3]);
      expect(pages.map((p) => p.items.length)).toEqual([2, 1, 0]);
      const seen = pages.flatMap((p) => p.items.map((x: PointJson) => x.id));
      expect(seen).toEqual(await listIds(a, `orgId=${unitX.id}`));
      expect(new Set(seen)).toEqual(new Set(Object.values(ids)));
    });
  });
});
