import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { orgs } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { makeCadre, makeContactPoint, makeOrg } from '../../test/factories.ts';
import { useWorld } from '../../test/hooks.ts';
import { multipartFile } from '../../test/upload.ts';
import { readXlsx, xlsxOf } from '../../test/xlsx.ts';

/** POST /api/orgs as `client`. */
const postOrg = (client: Client, name: string, kind: string, parentId: string | null) =>
  client.post('/api/orgs', { name, kind, parentId });

describe('/api/orgs', () => {
  const { t, w } = useWorld();

  describe('401 without login', () => {
    it.each([
      ['GET', '/api/orgs'],
      ['GET', '/api/orgs/export'],
      ['GET', '/api/orgs/import-template'],
      ['POST', '/api/orgs/import'],
      ['GET', '/api/orgs/00000000-0000-7000-8000-000000000000'],
      ['POST', '/api/orgs'],
      ['PATCH', '/api/orgs/00000000-0000-7000-8000-000000000000'],
      ['DELETE', '/api/orgs/00000000-0000-7000-8000-000000000000'],
    ] as const)('%s %s', async (method, url) => {
      const res = await t.app.inject({
        method,
        url,
        payload: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    });
  });

  it('lists everything for bureau-wide roles and only the own subtree for unit roles', async () => {
    for (const role of ['admin', 'office', 'inspector'] as const) {
      const names = (await w.as[role].get('/api/orgs'))
        .json()
        .items.map((o: { name: string }) => o.name);
      expect(names).toEqual(expect.arrayContaining(['测试局', '甲单位', '甲单位党支部', '乙单位']));
    }
    for (const role of ['unit_admin', 'cadre'] as const) {
      const res = await w.as[role].get('/api/orgs');
      expect(res.statusCode).toBe(200);
      expect(
        res
          .json()
          .items.map((o: { name: string }) => o.name)
          .sort(),
      ).toEqual(['甲单位', '甲单位党支部']);
      expect(res.json().total).toBe(2);
    }
  });

  it('reports child and cadre counts and filters by q', async () => {
    await makeCadre(t.db, w.branchA);
    const res = await w.as.admin.get(`/api/orgs?q=${encodeURIComponent('甲')}`);
    const a = res.json().items.find((o: { id: string }) => o.id === w.unitA.id);
    expect(a).toMatchObject({ childCount: 1, parentId: w.bureau.id, kind: 'unit' });
    expect(res.json().items.every((o: { name: string }) => o.name.includes('甲'))).toBe(true);
    const branch = (await w.as.admin.get(`/api/orgs/${w.branchA.id}`)).json();
    expect(branch.cadreCount).toBeGreaterThanOrEqual(1);
    expect(branch).not.toHaveProperty('path');
  });

  it("names the units above a unit admin's own (上级单位), names only", async () => {
    const list = (await w.as.unit_admin.get('/api/orgs')).json().items;
    const own = list.find((o: { id: string }) => o.id === w.unitA.id);
    expect(own).toMatchObject({ parentId: w.bureau.id, ancestorNames: ['测试局'] });
    expect(Object.keys(own).sort()).toEqual(
      [
        'ancestorNames',
        'cadreCount',
        'childCount',
        'id',
        'kind',
        'name',
        'parentId',
        'sortOrder',
      ].sort(),
    );
    const branch = (await w.as.unit_admin.get(`/api/orgs/${w.branchA.id}`)).json();
    expect(branch.ancestorNames).toEqual(['测试局', '甲单位']);
    // the unit above stays unreadable: only its name shows
    expect((await w.as.unit_admin.get(`/api/orgs/${w.bureau.id}`)).statusCode).toBe(404);
    const top = (await w.as.admin.get(`/api/orgs/${w.bureau.id}`)).json();
    expect(top.ancestorNames).toEqual([]);
  });

  it('answers 404 for a unit outside the scope and 400 for a bad id', async () => {
    expect((await w.as.unit_admin.get(`/api/orgs/${w.unitB.id}`)).statusCode).toBe(404);
    expect((await w.as.cadre.get(`/api/orgs/${w.bureau.id}`)).statusCode).toBe(404);
    expect((await w.as.unit_admin.patch(`/api/orgs/${w.unitB.id}`, { name: 'x' })).statusCode).toBe(
      404,
    );
    expect((await w.as.unit_admin.delete(`/api/orgs/${w.unitB.id}`)).statusCode).toBe(404);
    const bad = await w.as.admin.get('/api/orgs/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('params.id');
  });

  it('forbids writes to read-only roles', async () => {
    for (const role of ['cadre', 'inspector'] as const) {
      const c = w.as[role];
      expect(
        (await c.post('/api/orgs', { name: '新单位', kind: 'branch', parentId: w.unitA.id }))
          .statusCode,
      ).toBe(403);
      expect((await c.patch(`/api/orgs/${w.branchA.id}`, { name: '改名' })).statusCode).toBe(403);
      expect((await c.delete(`/api/orgs/${w.branchA.id}`)).statusCode).toBe(403);
      expect((await c.get('/api/orgs/import-template')).statusCode).toBe(403);
    }
  });

  it('validates the body with Chinese messages', async () => {
    const res = await w.as.admin.post('/api/orgs', { name: '', kind: 'castle', parentId: 'x' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.kind', 'body.parentId']));
    expect(res.json().error.message).toMatch(/输入有误/);
    const wrongType = await w.as.admin.post('/api/orgs', {
      name: 42,
      kind: 'unit',
      parentId: null,
      extra: true,
    });
    expect(wrongType.statusCode).toBe(400);
  });

  it('creates, renames and deletes a unit, writing audit rows', async () => {
    const created = await postOrg(w.as.unit_admin, '甲单位第二支部', 'branch', w.unitA.id);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      name: '甲单位第二支部',
      parentId: w.unitA.id,
      childCount: 0,
    });
    const dup = await postOrg(w.as.unit_admin, '甲单位第二支部', 'branch', w.unitA.id);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('DUPLICATE');

    const renamed = await w.as.unit_admin.patch(`/api/orgs/${id}`, { name: '甲单位第三支部' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('甲单位第三支部');
    expect((await w.as.unit_admin.delete(`/api/orgs/${id}`)).statusCode).toBe(204);
    expect((await w.as.admin.get(`/api/orgs/${id}`)).statusCode).toBe(404);

    const rows = await auditRows(t.db, { entity: 'org', entityId: id });
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'delete', 'update']);
    const update = rows.find((r) => r.action === 'update');
    expect(update?.before).toMatchObject({ name: '甲单位第二支部' });
    expect(update?.after).toMatchObject({ name: '甲单位第三支部' });
  });

  it('keeps a unit admin inside the own subtree', async () => {
    const under = await postOrg(w.as.unit_admin, '越权单位', 'unit', w.unitB.id);
    expect(under.statusCode).toBe(404);
    const root = await postOrg(w.as.unit_admin, '顶级单位', 'bureau', null);
    expect(root.statusCode).toBe(400);
    expect(root.json().error.code).toBe('ORG_PARENT_REQUIRED');
    const moveOwn = await w.as.unit_admin.patch(`/api/orgs/${w.unitA.id}`, {
      parentId: w.unitB.id,
    });
    expect(moveOwn.statusCode).toBe(403);
    expect(moveOwn.json().error.code).toBe('ORG_ROOT_LOCKED');
    expect((await w.as.unit_admin.delete(`/api/orgs/${w.unitA.id}`)).statusCode).toBe(403);
  });

  it('moves a subtree and its descendants stay below it', async () => {
    const parent = await makeOrg(t.db, { parent: w.bureau, name: '移动源' });
    const child = await makeOrg(t.db, { parent, name: '移动源子单位' });
    const grandchild = await makeOrg(t.db, { parent: child, name: '移动源孙单位' });
    const target = await makeOrg(t.db, { parent: w.bureau, name: '移动目标' });
    const cycle = await w.as.office.patch(`/api/orgs/${parent.id}`, { parentId: grandchild.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.code).toBe('ORG_MOVE_CYCLE');
    const self = await w.as.office.patch(`/api/orgs/${parent.id}`, { parentId: parent.id });
    expect(self.statusCode).toBe(400);

    const moved = await w.as.office.patch(`/api/orgs/${child.id}`, { parentId: target.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(target.id);
    const [g] = await t.db.select().from(orgs).where(eq(orgs.id, grandchild.id));
    expect(g?.path).toBe(`${target.path}${child.id}/${grandchild.id}/`);
  });

  it('refuses to delete a unit that still has children, cadres or contact points', async () => {
    const parent = await makeOrg(t.db, { parent: w.bureau, name: '有下级' });
    await makeOrg(t.db, { parent, name: '下级' });
    const res = await w.as.admin.delete(`/api/orgs/${parent.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'ORG_NOT_EMPTY' });
    expect(res.json().error.message).toContain('1 个下级单位');

    const withCadre = await makeOrg(t.db, { parent: w.bureau, name: '有干部' });
    await makeCadre(t.db, withCadre);
    expect((await w.as.admin.delete(`/api/orgs/${withCadre.id}`)).statusCode).toBe(409);
    const withPoint = await makeOrg(t.db, { parent: w.bureau, name: '有联系点' });
    await makeContactPoint(t.db, withPoint);
    expect((await w.as.admin.delete(`/api/orgs/${withPoint.id}`)).statusCode).toBe(409);
  });

  it('exports the visible units to Excel', async () => {
    const res = await w.as.unit_admin.get('/api/orgs/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('组织机构.xlsx'));
    // personal data: not kept in the browser's cache after logout
    expect(res.headers['cache-control']).toBe('no-store');
    const rows = await readXlsx(res);
    expect(rows[0]?.slice(0, 3)).toEqual(['单位名称', '上级单位', '类型']);
    const names = rows.slice(1).map((r) => r[0]);
    expect(names).toContain('甲单位');
    expect(names).not.toContain('乙单位');
  });

  it('offers an import template that imports back once the example rows are filled in', async () => {
    const res = await w.as.unit_admin.get('/api/orgs/import-template');
    expect(res.statusCode).toBe(200);
    const rows = await readXlsx(res);
    expect(rows[0]).toEqual(['单位名称*', '上级单位*', '类型*', '排序']);
  });

  it('imports units all-or-nothing, parents before children, with row errors in Chinese', async () => {
    const header = ['单位名称', '上级单位', '类型', '排序'];
    const bad = await xlsxOf(header, [
      ['导入总支', '测试局/甲单位', '党总支', 1],
      ['导入一支部', '测试局/甲单位/导入总支', '党支部', 1],
      ['坏类型', '甲单位', '城堡', 2],
      ['', '甲单位', '党支部', 3],
      ['无上级', '不存在的单位', '党支部', 'x'],
    ]);
    const res = await w.as.admin.request({
      method: 'POST',
      url: '/api/orgs/import',
      ...multipartFile(bad),
    });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('IMPORT_INVALID');
    expect(err.message).toContain('未导入任何数据');
    expect(err.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4, field: '类型' }),
        expect.objectContaining({ row: 5, field: '单位名称' }),
        expect.objectContaining({ row: 6, field: '上级单位' }),
        expect.objectContaining({ row: 6, field: '排序' }),
      ]),
    );
    const names = (await w.as.admin.get('/api/orgs'))
      .json()
      .items.map((o: { name: string }) => o.name);
    expect(names).not.toContain('导入总支');

    const good = await xlsxOf(header, [
      ['导入总支', '测试局/甲单位', '党总支', 1],
      ['导入一支部', '测试局/甲单位/导入总支', '党支部', 1],
      ['导入二支部', '导入总支', '党支部', 2],
    ]);
    const ok = await w.as.unit_admin.request({
      method: 'POST',
      url: '/api/orgs/import',
      ...multipartFile(good),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ imported: 3 });
    const after = (await w.as.unit_admin.get('/api/orgs')).json().items as {
      id: string;
      name: string;
      parentId: string;
    }[];
    const general = after.find((o) => o.name === '导入总支');
    expect(
      after
        .filter((o) => o.parentId === general?.id)
        .map((o) => o.name)
        .sort(),
    ).toEqual(['导入一支部', '导入二支部']);
  });

  it('rejects a unit admin importing into a sibling unit, and a file that is not Excel', async () => {
    const file = await xlsxOf(
      ['单位名称', '上级单位', '类型'],
      [['越权', '测试局/乙单位', '党支部']],
    );
    const res = await w.as.unit_admin.request({
      method: 'POST',
      url: '/api/orgs/import',
      ...multipartFile(file),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ row: 2, field: '上级单位' });
    const notExcel = await w.as.admin.request({
      method: 'POST',
      url: '/api/orgs/import',
      ...multipartFile(Buffer.from('hello')),
    });
    expect(notExcel.statusCode).toBe(400);
    expect(notExcel.json().error.code).toBe('IMPORT_FILE');
    const missingColumn = await xlsxOf(['名称'], [['x']]);
    const mc = await w.as.admin.request({
      method: 'POST',
      url: '/api/orgs/import',
      ...multipartFile(missingColumn),
    });
    expect(mc.statusCode).toBe(400);
    expect(mc.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      '单位名称',
      '上级单位',
      '类型',
    ]);
  });
});
