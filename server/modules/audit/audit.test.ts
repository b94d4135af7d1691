import { count } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ZAuditItemSchema } from '../../../common/audit-log.ts';
import type { TJson } from '../../../common/zod.ts';
import { auditLog } from '../../db/schema/index.ts';
import { auditRows } from '../../test/audit.ts';
import { expectValidation } from '../../test/expect.ts';
import { useWorld } from '../../test/hooks.ts';

type AuditJson = TJson<typeof ZAuditItemSchema>;

describe('audit log API', () => {
  const { t, w } = useWorld();
  /** ids of rows written straight into the table, at chosen times */
  const seeded: Record<string, string> = {};
  const actorId = '01900000-0000-7000-8000-00000000a001';
  beforeAll(async () => {
    const rows = [
      { key: 'jan', at: '2020-01-01T00:00:00Z', action: 'create', summary: '历史记录一月' },
      { key: 'jun', at: '2020-06-15T00:00:00Z', action: 'update', summary: '历史记录六月' },
      { key: 'dec', at: '2020-12-31T23:59:59Z', action: 'update', summary: '历史记录十二月' },
      { key: 'next', at: '2021-01-01T00:00:00Z', action: 'delete', summary: '历史记录次年' },
    ];
    for (const r of rows) {
      const [row] = await t.db
        .insert(auditLog)
        .values({
          at: new Date(r.at),
          actorId,
          actorName: '历史操作员',
          action: r.action,
          entity: 'history_test',
          entityId: `hist-${r.key}`,
          summary: r.summary,
          before: r.action === 'create' ? null : { v: 1 },
          after: r.action === 'delete' ? null : { v: 2 },
          ip: '10.0.0.1',
        })
        .returning({ id: auditLog.id });
      seeded[r.key] = row?.id ?? '';
    }
  });

  const items = async (qs: string, role: 'admin' | 'inspector' = 'admin') => {
    const res = await w.as[role].get(`/api/audit?${qs}`);
    expect(res.statusCode, qs).toBe(200);
    return res.json() as { items: AuditJson[]; total: number };
  };

  describe('who may read', () => {
    it('answers 401 without a session', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/audit' });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    });

    it('answers 403 to office, unit admin and cadre', async () => {
      for (const role of ['office', 'unit_admin', 'cadre'] as const) {
        const res = await w.as[role].get('/api/audit');
        expect(res.statusCode, role).toBe(403);
        expect(res.json().error.code).toBe('FORBIDDEN');
      }
    });

    it('lets admin and inspector read the whole log', async () => {
      for (const role of ['admin', 'inspector'] as const) {
        const body = await items('entity=history_test', role);
        expect(body.total).toBe(4);
        expect(body.items[0]).toEqual({
          id: seeded.next,
          at: '2021-01-01T00:00:00.000Z',
          actorId,
          actorName: '历史操作员',
          action: 'delete',
          entity: 'history_test',
          entityId: 'hist-next',
          object: null,
          summary: '历史记录次年',
          before: { v: 1 },
          after: null,
          ip: '10.0.0.1',
        });
      }
    });
  });

  describe('content and filters', () => {
    it("shows the app's own writes with who did them", async () => {
      const created = await w.as.unit_admin.post('/api/cadres', {
        orgId: w.unitA.id,
        name: '审计可见干部',
        rank: 'section',
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id;
      const body = await items(`entity=cadre&action=create&q=${id}`, 'inspector');
      expect(body.total).toBe(1);
      expect(body.items[0]).toMatchObject({
        entity: 'cadre',
        action: 'create',
        entityId: id,
        actorName: 'unit_admin 用户',
        before: null,
        after: { name: '审计可见干部', orgId: w.unitA.id },
      });
      expect(body.items[0]?.actorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.items[0]?.summary).toContain('审计可见干部');
      // logins are audited too
      expect((await items('action=login')).total).toBeGreaterThanOrEqual(5);
    });

    it('filters by entity and action', async () => {
      const byEntity = await items('entity=history_test');
      expect(byEntity.items.every((r) => r.entity === 'history_test')).toBe(true);
      const updates = await items('entity=history_test&action=update');
      expect(updates.items.map((r) => r.id)).toEqual([seeded.dec, seeded.jun]);
      expect(updates.total).toBe(2);
      const cadreRows = await items('entity=cadre&pageSize=200');
      expect(cadreRows.items.length).toBeGreaterThan(0);
      expect(cadreRows.items.every((r) => r.entity === 'cadre')).toBe(true);
      expect((await items('entity=no_such_entity')).total).toBe(0);
      expect((await items('action=no_such_action')).total).toBe(0);
    });

    it('searches the summary, the actor name and the exact entity id', async () => {
      expect((await items(`q=${encodeURIComponent('六月')}`)).items.map((r) => r.id)).toEqual([
        seeded.jun,
      ]);
      expect((await items(`q=${encodeURIComponent('历史操作')}`)).total).toBe(4);
      expect((await items('q=hist-dec')).items.map((r) => r.id)).toEqual([seeded.dec]);
      // an entity id matches only whole, not as a fragment
      expect((await items('q=hist-de')).total).toBe(0);
      expect((await items(`q=${encodeURIComponent('没有这条')}`)).total).toBe(0);
    });

    it('filters by actor', async () => {
      const body = await items(`actorId=${actorId}`);
      expect(body.total).toBe(4);
      expect(body.items.every((r) => r.actorId === actorId)).toBe(true);
    });

    it('filters by time, both ends inclusive', async () => {
      const ids = async (qs: string) =>
        (await items(`entity=history_test&${qs}`)).items.map((r) => r.id);
      expect(await ids('from=2020-03-01&to=2020-12-01')).toEqual([seeded.jun]);
      expect(await ids('from=2020-06-15T00:00:00Z&to=2020-12-31T23:59:59Z')).toEqual([
        seeded.dec,
        seeded.jun,
      ]);
      expect(await ids('from=2020-12-31T23:59:59Z')).toEqual([seeded.next, seeded.dec]);
      expect(await ids('to=2020-01-01T00:00:00Z')).toEqual([seeded.jan]);
      // a reversed period is refused on its end (an empty list would hide the mistake)
      expectValidation(
        await w.as.admin.get('/api/audit?entity=history_test&from=2021-06-01&to=2020-01-01'),
        'querystring.to',
      );
    });

    it('pages newest first with a total of all matches', async () => {
      const pages = [];
      for (const p of [1, 2, 3])
        pages.push(await items(`entity=history_test&pageSize=2&page=${p}`));
      expect(pages.map((p) => p.total)).toEqual([4, 4, 4]);
      expect(pages.flatMap((p) => p.items.map((r) => r.id))).toEqual([
        seeded.next,
        seeded.dec,
        seeded.jun,
        seeded.jan,
      ]);
      expect(pages[2]?.items).toEqual([]);
      const def = await items('');
      expect(def.items.length).toBeLessThanOrEqual(20);
      expect(def.total).toBeGreaterThan(def.items.length - 1);
    });
  });

  describe('bad input', () => {
    it('answers 400 VALIDATION with the field', async () => {
      const a = w.as.admin;
      expectValidation(await a.get('/api/audit?pageSize=1000'), 'querystring.pageSize');
      expectValidation(await a.get('/api/audit?page=0'), 'querystring.page');
      expectValidation(await a.get('/api/audit?from=not-a-date'), 'querystring.from');
      expectValidation(await a.get('/api/audit?to=2020-13-45'), 'querystring.to');
      expectValidation(await a.get('/api/audit?actorId=42'), 'querystring.actorId');
      expectValidation(await a.get(`/api/audit?entity=${'e'.repeat(41)}`), 'querystring.entity');
    });

    it('never answers 500 to unknown or odd parameters', async () => {
      const a = w.as.admin;
      for (const qs of ['foo=bar', 'q=%25', 'q=_', "q='%3B%20drop%20table%20audit_log--"]) {
        const res = await a.get(`/api/audit?${qs}`);
        expect(res.statusCode, qs).toBeLessThan(500);
      }
      for (const qs of ['entity=a&entity=b', 'page=abc', 'from=', 'from=1e400']) {
        const res = await a.get(`/api/audit?${qs}`);
        expect(res.statusCode, qs).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, qs).toBeLessThan(500);
      }
    });

    // PostgreSQL refuses a NUL character (SQLSTATE 22021); the error handler answers 400.
    it('answers 400, not 500, to a NUL character in a text parameter', async () => {
      for (const qs of ['entity=%00x', 'action=a%00', 'q=%00']) {
        const res = await w.as.admin.get(`/api/audit?${qs}`);
        expect(res.statusCode, qs).toBe(400);
      }
    });
  });

  describe('append-only', () => {
    it('has no route to add, change or delete audit rows', async () => {
      const [{ n: before } = { n: 0 }] = await t.db.select({ n: count() }).from(auditLog);
      const target = seeded.jun;
      const attempts: InjectOptions[] = [
        {
          method: 'POST',
          url: '/api/audit',
          payload: { action: 'create', entity: 'x', summary: '伪造' },
        },
        { method: 'PATCH', url: '/api/audit', payload: { summary: '篡改' } },
        { method: 'DELETE', url: '/api/audit' },
        { method: 'PUT', url: '/api/audit', payload: { summary: '篡改' } },
        { method: 'GET', url: `/api/audit/${target}` },
        { method: 'PATCH', url: `/api/audit/${target}`, payload: { summary: '篡改' } },
        { method: 'PUT', url: `/api/audit/${target}`, payload: { summary: '篡改' } },
        { method: 'DELETE', url: `/api/audit/${target}` },
        { method: 'POST', url: `/api/audit/${target}`, payload: { summary: '篡改' } },
      ];
      for (const role of ['admin', 'inspector'] as const) {
        for (const req of attempts) {
          const res = await w.as[role].request(req);
          expect(res.statusCode, `${role} ${req.method} ${req.url}`).toBe(404);
          expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
        }
      }
      const [row] = await auditRows(t.db, { id: target ?? '' });
      expect(row?.summary).toBe('历史记录六月');
      const [{ n: after } = { n: 0 }] = await t.db.select({ n: count() }).from(auditLog);
      expect(after).toBe(before);
    });
  });

  it('keeps the audit copy of broken text (a lone surrogate) instead of failing the change', async () => {
    // found by tests/faults: jsonb refuses "\ud800", so such a name made the create a 500
    const res = await w.as.admin.request({
      method: 'POST',
      url: '/api/orgs',
      headers: { 'content-type': 'application/json' },
      payload: `{"name":"坏字\\ud800","kind":"unit","parentId":"${w.unitA.id}"}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as { id: string }).id;
    const [row] = await auditRows(t.db, { entityId: id });
    expect(row?.after).toMatchObject({ name: '坏字\uFFFD' });
  });
});
