import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cadres } from '../../db/schema/index.ts';
import type { Client, TestApp } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import {
  type Call,
  type ErrorDetail,
  expectError,
  expectEveryCall,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeCadre, makeOrg, type TestOrg } from '../../test/factories.ts';
import { useWorld } from '../../test/hooks.ts';
import { multipartFile, XLSX_TYPE } from '../../test/upload.ts';

const IMPORT_HEADERS = [
  '姓名',
  '所属单位',
  '职级',
  '职务',
  '性别',
  '手机',
  '邮箱',
  '领导干部',
  '党员',
];
const EXPORT_HEADERS = [...IMPORT_HEADERS, '状态'];

type CadreJson = {
  id: string;
  orgId: string;
  orgName: string;
  name: string;
  rank: string;
  post: string;
  phone: string | null;
  leading: boolean;
  active: boolean;
};

/** A workbook with one sheet: a header row, then the given rows. */
async function xlsx(rows: (string | number | null)[][], headers = IMPORT_HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('干部名单');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rows as values; a blank cell (not written at all) reads as '' like an empty text cell. */
async function readXlsx(body: Buffer): Promise<(string | number | boolean)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  const out: (string | number | boolean)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value);
    out.push(
      values.map((v) => (v === undefined || v === null ? '' : (v as string | number | boolean))),
    );
  });
  return out;
}

function upload(c: Client, file: Buffer) {
  return c.request({
    method: 'POST',
    url: '/api/cadres/import',
    ...multipartFile(file, 'cadres.xlsx'),
  });
}

async function auditRowsFor(t: TestApp, entityId: string) {
  return auditRows(t.db, { entityId });
}

async function cadresNamed(t: TestApp, names: string[]) {
  return t.db.select().from(cadres).where(inArray(cadres.name, names));
}

describe('cadres API', () => {
  const { t, w } = useWorld();
  let cadreA: Awaited<ReturnType<typeof makeCadre>>;
  let cadreB: Awaited<ReturnType<typeof makeCadre>>;
  beforeAll(async () => {
    cadreA = await makeCadre(t.db, w.unitA, { name: '甲单位干部' });
    cadreB = await makeCadre(t.db, w.unitB, { name: '乙单位干部' });
  });

  const validBody = (org: TestOrg, extra: Record<string, unknown> = {}) => ({
    orgId: org.id,
    name: `新干部${Math.random().toString(36).slice(2, 8)}`,
    rank: 'section',
    post: '副科长',
    phone: '13800138000',
    ...extra,
  });

  describe('authentication and roles', () => {
    it('answers 401 to every route without a session', async () => {
      const id = cadreA.id;
      const calls: Call[] = [
        ['GET', '/api/cadres'],
        ['GET', `/api/cadres/${id}`],
        ['POST', '/api/cadres', validBody(w.unitA)],
        ['PATCH', `/api/cadres/${id}`, { name: '改名' }],
        ['GET', '/api/cadres/export'],
        ['GET', '/api/cadres/import-template'],
      ];
      await expectEveryCall(t.app, calls, 401, 'UNAUTHENTICATED');
      const file = await xlsx([['无登录', '测试局/甲单位', '科级']]);
      const imp = await t.app.inject({
        method: 'POST',
        url: '/api/cadres/import',
        ...multipartFile(file, 'cadres.xlsx'),
      });
      expect(imp.statusCode).toBe(401);
      expect(await cadresNamed(t, ['无登录'])).toHaveLength(0);
    });

    it('answers 403 to read-only roles (cadre, inspector) on every write', async () => {
      const file = await xlsx([['只读导入', '测试局/甲单位', '科级']]);
      for (const role of ['cadre', 'inspector'] as const) {
        const c = w.as[role];
        const results = [
          await c.post('/api/cadres', validBody(w.unitA, { name: `只读${role}` })),
          await c.patch(`/api/cadres/${cadreA.id}`, { name: '被只读角色改名' }),
          await c.get('/api/cadres/import-template'),
          await upload(c, file),
        ];
        for (const res of results) {
          expect(res.statusCode, role).toBe(403);
          expect(res.json().error.code).toBe('FORBIDDEN');
        }
        expect(await cadresNamed(t, [`只读${role}`, '只读导入'])).toHaveLength(0);
      }
      const [row] = await t.db.select().from(cadres).where(eq(cadres.id, cadreA.id));
      expect(row?.name).toBe('甲单位干部');
    });

    it('lets read-only roles read and export', async () => {
      for (const role of ['cadre', 'inspector'] as const) {
        const c = w.as[role];
        expect((await c.get('/api/cadres')).statusCode).toBe(200);
        expect((await c.get(`/api/cadres/${cadreA.id}`)).statusCode).toBe(200);
        expect((await c.get('/api/cadres/export')).statusCode).toBe(200);
      }
    });

    it('lets admin, office and unit admin create cadres', async () => {
      for (const role of ['admin', 'office', 'unit_admin'] as const) {
        const res = await w.as[role].post('/api/cadres', validBody(w.unitA));
        expect(res.statusCode, role).toBe(201);
      }
    });
  });

  describe('unit scope', () => {
    it("answers 404 to a unit admin asking for another unit's cadre by id", async () => {
      expectNotFound(await w.as.unit_admin.get(`/api/cadres/${cadreB.id}`));
      expectNotFound(await w.as.cadre.get(`/api/cadres/${cadreB.id}`));
      // the bureau-wide roles do see it
      expect((await w.as.office.get(`/api/cadres/${cadreB.id}`)).statusCode).toBe(200);
      expect((await w.as.inspector.get(`/api/cadres/${cadreB.id}`)).statusCode).toBe(200);
    });

    it("answers 404 to a unit admin changing another unit's cadre, and changes nothing", async () => {
      expectNotFound(await w.as.unit_admin.patch(`/api/cadres/${cadreB.id}`, { name: '越权改名' }));
      expectNotFound(await w.as.unit_admin.patch(`/api/cadres/${cadreB.id}`, { active: false }));
      const [row] = await t.db.select().from(cadres).where(eq(cadres.id, cadreB.id));
      expect(row).toMatchObject({ name: '乙单位干部', active: true });
      expect(await auditRowsFor(t, cadreB.id)).toHaveLength(0);
    });

    it('answers 404 to a unit admin filtering or exporting by another unit', async () => {
      expectNotFound(await w.as.unit_admin.get(`/api/cadres?orgId=${w.unitB.id}`));
      expectNotFound(await w.as.unit_admin.get(`/api/cadres/export?orgId=${w.unitB.id}`));
      expectNotFound(await w.as.unit_admin.get(`/api/cadres?orgId=${w.bureau.id}`));
    });

    it("never lists another unit's cadres to a unit admin or cadre", async () => {
      for (const role of ['unit_admin', 'cadre'] as const) {
        const res = await w.as[role].get('/api/cadres?pageSize=200');
        expect(res.statusCode).toBe(200);
        const items: CadreJson[] = res.json().items;
        expect(items.map((c) => c.id)).toContain(cadreA.id);
        expect(items.map((c) => c.id)).not.toContain(cadreB.id);
        expect(items.some((c) => c.orgId === w.unitB.id)).toBe(false);
      }
    });

    it('refuses to create a cadre in, or move one to, a unit outside the writer’s scope', async () => {
      const res = await w.as.unit_admin.post(
        '/api/cadres',
        validBody(w.unitB, { name: '越权新增' }),
      );
      expectNotFound(res);
      expect(await cadresNamed(t, ['越权新增'])).toHaveLength(0);

      const mine = await makeCadre(t.db, w.unitA, { name: '待调动干部' });
      expectNotFound(await w.as.unit_admin.patch(`/api/cadres/${mine.id}`, { orgId: w.unitB.id }));
      const [row] = await t.db.select().from(cadres).where(eq(cadres.id, mine.id));
      expect(row?.orgId).toBe(w.unitA.id);
      // within the own subtree a move is allowed
      const moved = await w.as.unit_admin.patch(`/api/cadres/${mine.id}`, { orgId: w.branchA.id });
      expect(moved.statusCode).toBe(200);
      expect(moved.json().orgId).toBe(w.branchA.id);
    });

    it('answers 404 to an unknown id', async () => {
      const unknown = '01900000-0000-7000-8000-000000000000';
      expectNotFound(await w.as.admin.get(`/api/cadres/${unknown}`));
      expectNotFound(await w.as.admin.patch(`/api/cadres/${unknown}`, { name: '谁' }));
      expectNotFound(await w.as.admin.get(`/api/cadres?orgId=${unknown}`));
    });
  });

  describe('validation', () => {
    it('answers 400 VALIDATION with the field for bad input', async () => {
      const a = w.as.admin;
      const { name: _n, ...noName } = validBody(w.unitA);
      const refused: [body: object, field: string][] = [
        [validBody(w.unitA, { phone: '12345' }), 'body.phone'],
        [noName, 'body.name'],
        [validBody(w.unitA, { name: '   ' }), 'body.name'],
        [validBody(w.unitA, { rank: 'minister' }), 'body.rank'],
        [validBody(w.unitA, { orgId: 'not-a-uuid' }), 'body.orgId'],
        [validBody(w.unitA, { email: 'not-an-email' }), 'body.email'],
      ];
      for (const [body, field] of refused)
        expectValidation(await a.post('/api/cadres', body), field);
      expectValidation(await a.get('/api/cadres/not-a-uuid'), 'params.id');
      expectValidation(await a.patch('/api/cadres/not-a-uuid', { name: 'x' }), 'params.id');
      expectValidation(await a.patch(`/api/cadres/${cadreA.id}`, { phone: '12345' }), 'body.phone');
      expectValidation(
        await a.patch(`/api/cadres/${cadreA.id}`, { rank: 'minister' }),
        'body.rank',
      );
      expectValidation(await a.get('/api/cadres?pageSize=1000'), 'querystring.pageSize');
      expectValidation(await a.get('/api/cadres?page=0'), 'querystring.page');
      expectValidation(await a.get('/api/cadres?rank=minister'), 'querystring.rank');
      expectValidation(await a.get('/api/cadres?orgId=not-a-uuid'), 'querystring.orgId');
      expectValidation(await a.get('/api/cadres?leading=yes'), 'querystring.leading');
      expectValidation(await a.get('/api/cadres/export?rank=minister'), 'querystring.rank');
      expectValidation(await a.get('/api/cadres/export?orgId=x'), 'querystring.orgId');
    });

    it('gives a Chinese message for a bad phone', async () => {
      const res = await w.as.admin.post('/api/cadres', validBody(w.unitA, { phone: '12345' }));
      const detail = res.json().error.details.find((d: ErrorDetail) => d.field === 'body.phone');
      expect(detail.message).toBe('电话应为 11 位手机号，或带区号的固定电话（如 0799-1234567）');
    });

    it('never answers 500 to unknown fields or wrong types', async () => {
      const a = w.as.admin;
      const base = validBody(w.unitA);
      const bodies: unknown[] = [
        { ...base, name: 123 },
        { ...base, orgId: 5 },
        { ...base, orgId: { $ne: null } },
        { ...base, leading: 'true' },
        { ...base, phone: 13800138000 },
        { ...base, name: ['张三'] },
        { ...base, rank: null },
        { ...base, name: 'x'.repeat(51) },
        [base],
        'just a string',
        42,
        null,
      ];
      for (const body of bodies) {
        const created = await a.request({
          method: 'POST',
          url: '/api/cadres',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expect(created.statusCode, JSON.stringify(body)).toBe(400);
        const patched = await a.request({
          method: 'PATCH',
          url: `/api/cadres/${cadreA.id}`,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expect(patched.statusCode, `PATCH ${JSON.stringify(body)}`).toBeLessThan(500);
      }
      const raw = [
        { 'content-type': 'application/json', body: '{"name": ' },
        { 'content-type': 'application/json', body: `{"__proto__": {"admin": true}, "name": "x"}` },
        { 'content-type': 'text/plain', body: 'name=x' },
      ];
      for (const r of raw) {
        const res = await a.request({
          method: 'POST',
          url: '/api/cadres',
          headers: { 'content-type': r['content-type'] },
          payload: r.body,
        });
        expect(res.statusCode, r.body).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, r.body).toBeLessThan(500);
      }
      // unknown fields are dropped, not stored and not an error
      const extra = await a.post('/api/cadres', {
        ...base,
        name: '带多余字段',
        id: '01900000-0000-7000-8000-000000000001',
        active: false,
        createdAt: '2000-01-01T00:00:00Z',
        role: 'admin',
      });
      expect(extra.statusCode).toBe(201);
      expect(extra.json().id).not.toBe('01900000-0000-7000-8000-000000000001');
      expect(extra.json().active).toBe(true);
      expect(extra.json()).not.toHaveProperty('role');
      const patched = await a.patch(`/api/cadres/${extra.json().id}`, { id: cadreA.id, foo: 1 });
      expect(patched.statusCode).toBe(200);
      expect(patched.json().id).toBe(extra.json().id);
      // odd query strings
      for (const qs of [
        'rank=county&rank=section',
        'page=abc',
        'pageSize=-1',
        `q=${'x'.repeat(101)}`,
      ]) {
        expect((await a.get(`/api/cadres?${qs}`)).statusCode, qs).toBe(400);
      }
      for (const qs of ['q=%25', 'q=_', "q='%20or%201=1--", 'foo=bar']) {
        expect((await a.get(`/api/cadres?${qs}`)).statusCode, qs).toBe(200);
      }
    });
    // PostgreSQL refuses a NUL character (SQLSTATE 22021); the error handler answers 400.
    it('answers 400, not 500, to a NUL character in text input', async () => {
      const a = w.as.admin;
      const codes = [
        (await a.get('/api/cadres?q=%00')).statusCode,
        (await a.get('/api/cadres/export?q=%00')).statusCode,
        (await a.post('/api/cadres', validBody(w.unitA, { name: 'a\u0000b' }))).statusCode,
        (await a.post('/api/cadres', validBody(w.unitA, { post: '\u0000' }))).statusCode,
        (await a.patch(`/api/cadres/${cadreA.id}`, { name: 'a\u0000b' })).statusCode,
      ];
      expect(codes).toEqual([400, 400, 400, 400, 400]);
    });
  });

  describe('create, read, update', () => {
    it('creates a cadre that then appears in the list, and audits it in the same transaction', async () => {
      const body = validBody(w.branchA, {
        name: '新建干部王五',
        gender: 'female',
        email: 'wangwu@example.cn',
        leading: true,
      });
      const res = await w.as.unit_admin.post('/api/cadres', body);
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({
        orgId: w.branchA.id,
        orgName: w.branchA.name,
        name: '新建干部王五',
        gender: 'female',
        rank: 'section',
        post: '副科长',
        phone: '13800138000',
        email: 'wangwu@example.cn',
        leading: true,
        partyMember: true,
        active: true,
      });
      expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

      const list = await w.as.unit_admin.get(`/api/cadres?q=${encodeURIComponent('新建干部王五')}`);
      expect(list.json().items.map((c: CadreJson) => c.id)).toEqual([created.id]);
      expect((await w.as.unit_admin.get(`/api/cadres/${created.id}`)).json()).toEqual(created);

      const rows = await auditRowsFor(t, created.id);
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row).toMatchObject({
        action: 'create',
        entity: 'cadre',
        entityId: created.id,
        before: null,
      });
      expect(row?.after).toMatchObject({
        name: '新建干部王五',
        orgId: w.branchA.id,
        leading: true,
      });
      expect(row?.summary).toContain('新建干部王五');
      expect(row?.actorName).toBe('unit_admin 用户');
      // now() is the transaction's start time: the same value means the same transaction
      const [stored] = await t.db.select().from(cadres).where(eq(cadres.id, created.id));
      expect(row?.at.getTime()).toBe(stored?.createdAt.getTime());
    });

    it('writes no cadre and no audit row when a create is refused', async () => {
      const before = await auditRows(t.db, { entity: 'cadre' });
      await w.as.unit_admin.post('/api/cadres', validBody(w.unitB, { name: '不应存在' }));
      await w.as.admin.post('/api/cadres', validBody(w.unitA, { name: '不应存在', phone: '1' }));
      const after = await auditRows(t.db, { entity: 'cadre' });
      expect(after).toHaveLength(before.length);
      expect(await cadresNamed(t, ['不应存在'])).toHaveLength(0);
    });

    it('updates a cadre and audits before and after', async () => {
      const c = await makeCadre(t.db, w.unitA, { name: '待修改干部', rank: 'other' });
      const res = await w.as.unit_admin.patch(`/api/cadres/${c.id}`, {
        name: '已修改干部',
        rank: 'county',
        phone: null,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: c.id,
        name: '已修改干部',
        rank: 'county',
        phone: null,
      });
      const [row] = await auditRowsFor(t, c.id);
      expect(row).toMatchObject({ action: 'update', entity: 'cadre', entityId: c.id });
      expect(row?.before).toMatchObject({ name: '待修改干部', rank: 'other' });
      expect(row?.after).toMatchObject({ name: '已修改干部', rank: 'county', phone: null });
      expect(row?.summary).toContain('修改');
    });

    it('deactivates with active:false and reactivates with active:true', async () => {
      const c = await makeCadre(t.db, w.unitA, { name: '待停用干部' });
      const res = await w.as.unit_admin.patch(`/api/cadres/${c.id}`, { active: false });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: c.id, active: false, name: '待停用干部' });
      const [stored] = await t.db.select().from(cadres).where(eq(cadres.id, c.id));
      expect(stored?.active).toBe(false);
      const inactive = await w.as.unit_admin.get(
        `/api/cadres?active=false&q=${encodeURIComponent('待停用干部')}`,
      );
      expect(inactive.json().items.map((x: CadreJson) => x.id)).toEqual([c.id]);
      const active = await w.as.unit_admin.get(
        `/api/cadres?active=true&q=${encodeURIComponent('待停用干部')}`,
      );
      expect(active.json().total).toBe(0);

      const [deact] = await auditRowsFor(t, c.id);
      expect(deact?.summary).toContain('停用');
      expect(deact?.before).toMatchObject({ active: true });
      expect(deact?.after).toMatchObject({ active: false });

      const back = await w.as.unit_admin.patch(`/api/cadres/${c.id}`, { active: true });
      expect(back.json().active).toBe(true);
      // 停用 and 启用 change nothing else: not the post, not 领导干部 (issue 12: the cards' batch)
      const leader = await makeCadre(t.db, w.unitA, { name: '停用的领导', leading: true });
      await w.as.unit_admin.patch(`/api/cadres/${leader.id}`, { active: false });
      const again = await w.as.unit_admin.patch(`/api/cadres/${leader.id}`, { active: true });
      expect(again.json()).toMatchObject({ leading: true, post: '科员', partyMember: true });
      const rows = await auditRows(t.db, { entityId: c.id, action: 'update' });
      expect(rows).toHaveLength(2);
      expect(rows.map((r) => r.summary).some((s) => s.includes('启用'))).toBe(true);
    });

    it('accepts an empty PATCH without error', async () => {
      const c = await makeCadre(t.db, w.unitA, { name: '空修改干部' });
      const res = await w.as.unit_admin.patch(`/api/cadres/${c.id}`, {});
      expect(res.statusCode).toBe(200);
      expect(res.json().name).toBe('空修改干部');
    });
  });

  describe('list: search, filters, order, paging', () => {
    let unitX: TestOrg;
    let subX: TestOrg;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      unitX = await makeOrg(t.db, { parent: w.unitA, name: '筛选单位' });
      subX = await makeOrg(t.db, { parent: unitX, name: '筛选支部', kind: 'branch' });
      const make = async (key: string, org: TestOrg, body: Record<string, unknown>) => {
        const res = await w.as.admin.post('/api/cadres', { orgId: org.id, ...body });
        expect(res.statusCode).toBe(201);
        ids[key] = res.json().id;
      };
      // key, unit, name, rank, post, phone
      const made: [string, TestOrg, string, string, string, string][] = [
        ['lead', unitX, '筛选甲', 'section', '局长QXP', '13911110001'],
        ['county', unitX, '筛选乙', 'county', '调研员', '13911110002'],
        ['section', subX, '筛选丙', 'section', '科员', '13911110003'],
        ['other', subX, '筛选丁', 'other', '办事员', '13911110004'],
        ['gone', unitX, '筛选戊', 'other', '办事员', '13911110005'],
      ];
      for (const [key, org, name, rank, post, phone] of made) {
        await make(key, org, { name, rank, post, phone, ...(key === 'lead' && { leading: true }) });
      }
      expect(
        (await w.as.admin.patch(`/api/cadres/${ids.gone}`, { active: false })).statusCode,
      ).toBe(200);
    });

    const listIds = async (c: Client, qs: string) => {
      const res = await c.get(`/api/cadres?${qs}`);
      expect(res.statusCode, qs).toBe(200);
      return (res.json().items as CadreJson[]).map((x) => x.id);
    };

    it('searches by name, phone and post', async () => {
      const a = w.as.admin;
      expect(await listIds(a, `q=${encodeURIComponent('筛选丙')}`)).toEqual([ids.section]);
      expect(await listIds(a, 'q=13911110004')).toEqual([ids.other]);
      expect(await listIds(a, 'q=1391111000')).toHaveLength(5);
      expect(await listIds(a, 'q=qxp')).toEqual([ids.lead]); // case-insensitive, on the post
      expect(await listIds(a, `q=${encodeURIComponent('调研')}`)).toEqual([ids.county]);
      expect(await listIds(a, `q=${encodeURIComponent('没有这个人')}`)).toEqual([]);
    });

    it('filters by unit including its sub-units', async () => {
      const a = w.as.admin;
      expect(new Set(await listIds(a, `orgId=${unitX.id}`))).toEqual(new Set(Object.values(ids)));
      expect(new Set(await listIds(a, `orgId=${subX.id}`))).toEqual(
        new Set([ids.section, ids.other]),
      );
      // the unit admin of A sees the grandchild unit too
      expect(new Set(await listIds(w.as.unit_admin, `orgId=${subX.id}`))).toEqual(
        new Set([ids.section, ids.other]),
      );
      const all = await listIds(a, `orgId=${w.unitA.id}&pageSize=200`);
      expect(all).toEqual(expect.arrayContaining(Object.values(ids)));
      expect(all).not.toContain(cadreB.id);
    });

    it('filters by rank, leading and active, and combines filters', async () => {
      const a = w.as.admin;
      const base = `orgId=${unitX.id}`;
      expect(new Set(await listIds(a, `${base}&rank=other`))).toEqual(
        new Set([ids.other, ids.gone]),
      );
      expect(await listIds(a, `${base}&rank=county`)).toEqual([ids.county]);
      expect(await listIds(a, `${base}&leading=true`)).toEqual([ids.lead]);
      expect(await listIds(a, `${base}&leading=false`)).toHaveLength(4);
      expect(await listIds(a, `${base}&active=false`)).toEqual([ids.gone]);
      expect(await listIds(a, `${base}&active=true`)).toHaveLength(4);
      expect(await listIds(a, `${base}&rank=other&active=true`)).toEqual([ids.other]);
      expect(await listIds(a, `orgId=${subX.id}&rank=county`)).toEqual([]);
    });

    it('lists leading cadres first, then by rank from county-level down', async () => {
      const order = await listIds(w.as.admin, `orgId=${unitX.id}&active=true`);
      expect(order[0]).toBe(ids.lead);
      expect(order).toEqual([ids.lead, ids.county, ids.section, ids.other]);
    });

    it('pages with a stable order and a total of all matches', async () => {
      const a = w.as.admin;
      const base = `orgId=${unitX.id}&pageSize=2`;
      const pages = await Promise.all(
        [1, 2, 3, 4].map(async (p) => (await a.get(`/api/cadres?${base}&page=${p}`)).json()),
      );
      expect(pages.map((p) => p.total)).toEqual([5, 5, 5, 5]);
      expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1, 0]);
      const seen = pages.flatMap((p) => p.items.map((c: CadreJson) => c.id));
      expect(new Set(seen).size).toBe(5);
      expect(new Set(seen)).toEqual(new Set(Object.values(ids)));
      const all = await listIds(a, `orgId=${unitX.id}`);
      expect(seen).toEqual(all);
      // default page size is 20
      const def = await a.get('/api/cadres');
      expect(def.json().items.length).toBeLessThanOrEqual(20);
      expect(def.json().total).toBeGreaterThanOrEqual(def.json().items.length);
    });

    it('exports the filtered list as an xlsx workbook', async () => {
      const res = await w.as.admin.get(`/api/cadres/export?orgId=${unitX.id}&leading=true`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX_TYPE);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('干部名单.xlsx'));
      const rows = await readXlsx(res.rawPayload);
      expect(rows[0]).toEqual(EXPORT_HEADERS);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toEqual([
        '筛选甲',
        '测试局/甲单位/筛选单位',
        '科级',
        '局长QXP',
        '',
        '13911110001',
        '',
        '是',
        '是',
        '在职',
      ]);
      const inactive = await readXlsx(
        (await w.as.admin.get(`/api/cadres/export?orgId=${unitX.id}&active=false`)).rawPayload,
      );
      expect(inactive.slice(1).map((r) => [r[0], r[2], r[9]])).toEqual([
        ['筛选戊', '一般', '已停用'],
      ]);
    });

    it("exports only the reader's own units", async () => {
      const res = await w.as.cadre.get('/api/cadres/export');
      expect(res.statusCode).toBe(200);
      const names = (await readXlsx(res.rawPayload)).slice(1).map((r) => r[0]);
      expect(names).toContain('甲单位干部');
      expect(names).toContain('筛选丁');
      expect(names).not.toContain('乙单位干部');
    });
  });

  describe('Excel import', () => {
    it('downloads the template with the import headers, required ones starred', async () => {
      const res = await w.as.unit_admin.get('/api/cadres/import-template');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX_TYPE);
      const rows = await readXlsx(res.rawPayload);
      expect(rows[0]).toEqual(['姓名*', '所属单位*', '职级*', ...IMPORT_HEADERS.slice(3)]);
      expect(rows).toHaveLength(2);
      // the example row names a unit the unit admin may import into
      expect(String(rows[1]?.[1])).toContain('甲单位');
      expect(String(rows[1]?.[1])).not.toContain('乙单位');
      expect((await w.as.office.get('/api/cadres/import-template')).statusCode).toBe(200);
    });

    it('imports every row of a good file, naming units by name or full path, and audits it', async () => {
      const file = await xlsx([
        ['导入一', '测试局/甲单位', '县级', '主任', '男', 13800000001, 'a@example.cn', '是', '是'],
        ['导入二', '甲单位党支部', '科级', '', '女', '13800000002', '', '否', '否'],
        ['导入三', '测试局 / 乙单位', '一般', '干事', '', '', '', '', ''],
        [null, null, null, null, null, null, null, null, null],
        ['导入四', '乙单位', '一般', '', '', '', '', '', ''],
      ]);
      const res = await upload(w.as.admin, file);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ imported: 4 });

      const rows = await cadresNamed(t, ['导入一', '导入二', '导入三', '导入四']);
      const byName = new Map(rows.map((r) => [r.name, r]));
      expect(byName.get('导入一')).toMatchObject({
        orgId: w.unitA.id,
        rank: 'county',
        post: '主任',
        gender: 'male',
        phone: '13800000001',
        email: 'a@example.cn',
        leading: true,
        partyMember: true,
        active: true,
      });
      expect(byName.get('导入二')).toMatchObject({
        orgId: w.branchA.id,
        rank: 'section',
        gender: 'female',
        phone: '13800000002',
        email: null,
        leading: false,
        partyMember: false,
      });
      expect(byName.get('导入三')).toMatchObject({
        orgId: w.unitB.id,
        rank: 'other',
        gender: null,
        phone: null,
        partyMember: true,
      });
      expect(byName.get('导入四')?.orgId).toBe(w.unitB.id);

      const list = await w.as.admin.get(`/api/cadres?q=${encodeURIComponent('导入')}`);
      expect(list.json().total).toBe(4);

      const audits = await auditRows(t.db, { entity: 'cadre', action: 'import' });
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ entityId: null, after: { count: 4 } });
      // same transaction as the inserted rows
      for (const r of rows) expect(r.createdAt.getTime()).toBe(audits[0]?.at.getTime());
    });

    it('imports nothing when one row is bad and lists every bad row with field and Chinese message', async () => {
      const before = (await auditRows(t.db, { action: 'import' })).length;
      const file = await xlsx([
        ['坏文件一', '测试局/甲单位', '科级', '', '', '13800000011', '', '', ''],
        ['坏文件二', '测试局/甲单位', '科级', '', '', '12345', '', '', ''],
        ['坏文件三', '测试局/甲单位', '科级', '', '', '13800000013', '', '', ''],
        ['', '测试局/甲单位', '处级', '', '未知', '', 'bad-mail', '也许', ''],
        ['坏文件五', '不存在的单位', '一般', '', '', '', '', '', ''],
        ['坏文件六', '测试局/甲单位', '一般', '', '', '', '', '', ''],
      ]);
      const res = await upload(w.as.admin, file);
      const error = expectError(res, 400, 'IMPORT_INVALID');
      expect(error.message).toContain('未导入任何数据');
      const details: ErrorDetail[] = error.details;
      const at = (row: number) =>
        details
          .filter((d) => d.row === row)
          .map((d) => d.field)
          .sort();
      expect(at(2)).toEqual([]);
      expect(at(3)).toEqual(['手机']);
      expect(at(4)).toEqual([]);
      expect(at(5)).toEqual(['姓名', '性别', '职级', '邮箱', '领导干部'].sort());
      expect(at(6)).toEqual(['所属单位']);
      expect(at(7)).toEqual([]);
      for (const d of details) expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      expect(details.find((d) => d.row === 3)?.message).toBe(
        '电话应为 11 位手机号，或带区号的固定电话（如 0799-1234567）',
      );
      expect(details.find((d) => d.row === 5 && d.field === '职级')?.message).toContain('县级');
      expect(details.find((d) => d.row === 6)?.message).toContain('不存在的单位');

      const names = ['坏文件一', '坏文件二', '坏文件三', '坏文件五', '坏文件六'];
      expect(await cadresNamed(t, names)).toHaveLength(0);
      // nothing imported, and the refused attempt is in the audit log (who, file, rows, errors)
      const imports = await auditRows(t.db, { action: 'import' });
      expect(imports.length).toBe(before + 1);
      const failed = imports.find((a) => a.summary.startsWith('导入干部失败'));
      expect(failed?.summary).toContain('6 行');
      expect(failed?.after).toMatchObject({ rows: 6, errors: details.length });
    });

    it('refuses a unit admin importing into unit B, as a row error', async () => {
      const file = await xlsx([
        ['单位管理员导入一', '甲单位', '科级', '', '', '', '', '', ''],
        ['单位管理员导入二', '乙单位', '科级', '', '', '', '', '', ''],
        ['单位管理员导入三', '测试局/乙单位', '科级', '', '', '', '', '', ''],
      ]);
      const res = await upload(w.as.unit_admin, file);
      const error = expectError(res, 400, 'IMPORT_INVALID');
      expect(error.details).toEqual([
        { row: 3, field: '所属单位', message: expect.stringContaining('找不到单位') },
        { row: 4, field: '所属单位', message: expect.stringContaining('找不到单位') },
      ]);
      expect(
        await cadresNamed(t, ['单位管理员导入一', '单位管理员导入二', '单位管理员导入三']),
      ).toHaveLength(0);
    });

    it('lets a unit admin import into the own unit and its sub-units', async () => {
      const file = await xlsx([
        ['单位内导入一', '甲单位', '科级', '', '', '', '', '', ''],
        ['单位内导入二', '甲单位/甲单位党支部', '一般', '', '', '', '', '', ''],
      ]);
      const res = await upload(w.as.unit_admin, file);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ imported: 2 });
      const rows = await cadresNamed(t, ['单位内导入一', '单位内导入二']);
      expect(new Set(rows.map((r) => r.orgId))).toEqual(new Set([w.unitA.id, w.branchA.id]));
    });

    // a full path from the bureau, as the office's export writes it, works for a unit admin too
    it('lets a unit admin name the own unit by its full path from the bureau', async () => {
      const file = await xlsx([
        ['全路径导入', '测试局/甲单位/甲单位党支部', '科级', '', '', '', '', '', ''],
      ]);
      const res = await upload(w.as.unit_admin, file);
      expect(res.statusCode, res.body).toBe(200);
      const [row] = await cadresNamed(t, ['全路径导入']);
      expect(row?.orgId).toBe(w.branchA.id);
    });

    it('answers IMPORT_INVALID for a missing required column and for a file without rows', async () => {
      const noRank = await xlsx([['缺列', '甲单位']], ['姓名', '所属单位']);
      const res = await upload(w.as.admin, noRank);
      expectError(res, 400, 'IMPORT_INVALID');
      expect(res.json().error.details).toEqual([
        { row: 1, field: '职级', message: '缺少列“职级”' },
      ]);

      const empty = await upload(w.as.admin, await xlsx([]));
      expectError(empty, 400, 'IMPORT_INVALID');
      expect(await cadresNamed(t, ['缺列'])).toHaveLength(0);
    });

    it('accepts the starred headers of the template', async () => {
      const file = await xlsx(
        [['星号表头导入', '测试局/甲单位', '科级', '', '', '', '', '', '']],
        ['姓名*', '所属单位*', '职级*', '职务', '性别', '手机', '邮箱', '领导干部', '党员'],
      );
      const res = await upload(w.as.admin, file);
      expect(res.statusCode, res.body).toBe(200);
      expect(await cadresNamed(t, ['星号表头导入'])).toHaveLength(1);
    });

    it('answers IMPORT_FILE, not 500, to a missing or broken file', async () => {
      const notXlsx = await upload(w.as.admin, Buffer.from('this is not a spreadsheet'));
      expectError(notXlsx, 400, 'IMPORT_FILE');

      const json = await w.as.admin.post('/api/cadres/import', { file: 'x' });
      expectError(json, 400, 'IMPORT_FILE');

      const boundary = 'empty-boundary';
      const noFile = await w.as.admin.request({
        method: 'POST',
        url: '/api/cadres/import',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--${boundary}--\r\n`,
      });
      expect(noFile.statusCode).toBeGreaterThanOrEqual(400);
      expect(noFile.statusCode).toBeLessThan(500);
    });

    it('round-trips: an export of unit A imports back into unit A', async () => {
      const exported = await w.as.admin.get(`/api/cadres/export?orgId=${w.branchA.id}&active=true`);
      const rows = await readXlsx(exported.rawPayload);
      const data = rows.slice(1).map((r) => [`回导${r[0]}`, ...r.slice(1, 9)] as (string | null)[]);
      expect(data.length).toBeGreaterThan(0);
      const res = await upload(w.as.admin, await xlsx(data));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().imported).toBe(data.length);
    });
  });
});
