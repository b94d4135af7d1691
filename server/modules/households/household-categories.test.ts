import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { households } from '../../db/schema/index.ts';
import { makeTestApp, makeWorld, type TestApp, type World } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { makeCadre, makeContactPoint } from '../../test/factories.ts';
import { help, makeQuotaCampaign, pair } from '../../test/world-visits.ts';

type Category = { code: string; label: string; countsAsPoor: boolean; active: boolean };

/** 住户类别 as data: the 2014 seed, admin edits (audited), and the "counts as poor" flag in use. */
describe('household categories', () => {
  let t: TestApp;
  let w: World;
  let point: { id: string };

  beforeAll(async () => {
    t = await makeTestApp();
    w = await makeWorld(t);
    await makeQuotaCampaign(t);
    point = await makeContactPoint(t.db, w.unitA, '类别村');
  });
  afterAll(() => t.close());

  const categories = async () =>
    (await w.as.cadre.get('/api/household-categories')).json().items as Category[];
  const categoryAudits = (code: string) =>
    auditRows(t.db, { entity: 'household_category', entityId: code });

  it('starts with the 2014 categories, 贫困户 the one that counts as poor, for every role', async () => {
    const items = await categories();
    expect(items.map((c) => [c.code, c.label, c.countsAsPoor, c.active])).toEqual([
      ['poor', '贫困户', true, true],
      ['opinion', '舆情户', false, true],
      ['old_member', '老党员户', false, true],
      ['large_producer', '产业大户', false, true],
      ['other', '其他', false, true],
    ]);
    expect((await t.app.inject({ url: '/api/household-categories' })).statusCode).toBe(401);
  });

  it('lets only the admin add or change a category (403 for the office and unit admins)', async () => {
    for (const c of [w.as.office, w.as.unit_admin, w.as.cadre, w.as.inspector]) {
      const created = await c.post('/api/household-categories', { code: 'x1', label: '某类' });
      expect(created.statusCode).toBe(403);
      const changed = await c.patch('/api/household-categories/poor', { countsAsPoor: false });
      expect(changed.statusCode).toBe(403);
    }
    expect((await categories()).find((c) => c.code === 'poor')?.countsAsPoor).toBe(true);
  });

  it('refuses bad input in words (400), a taken code or label (409), an unknown code (404)', async () => {
    const post = (body: unknown) => w.as.admin.post('/api/household-categories', body);
    const badCode = await post({ code: 'Dibao!', label: '低保户' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.message).toContain('类别代码须以小写字母开头');
    expect((await post({ code: 'dibao', label: '' })).statusCode).toBe(400);
    expect((await post({ code: 'dibao', label: '低保户', sortOrder: 1000 })).statusCode).toBe(400);
    expect((await post({ code: 'dibao', label: '低保户', extra: 1 })).statusCode).toBe(400);
    expect((await post({ code: 'poor', label: '另一个' })).json().error.message).toBe(
      '类别代码“poor”已被使用',
    );
    expect((await post({ code: 'poor2', label: '贫困户' })).statusCode).toBe(409);
    const patch = (code: string, body: unknown) =>
      w.as.admin.patch(`/api/household-categories/${code}`, body);
    expect((await patch('nothing', { label: '无' })).statusCode).toBe(404);
    expect((await patch('poor', { countsAsPoor: 'yes' })).statusCode).toBe(400);
    expect((await patch('opinion', { label: '贫困户' })).statusCode).toBe(409);
    expect((await patch('poor', { code: 'other' })).statusCode).toBe(400);
    expect(await categoryAudits('poor')).toHaveLength(0);
  });

  it('counts a household as poor by the flag: compliance and the pairings overview follow it', async () => {
    const created = await w.as.admin.post('/api/household-categories', {
      code: 'dibao',
      label: '低保户',
      sortOrder: 15,
      countsAsPoor: true,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'dibao', countsAsPoor: true, active: true });
    expect((await categories()).map((c) => c.code).slice(0, 2)).toEqual(['poor', 'dibao']);

    // a household whose only category is 低保户, paired with a county-level cadre and helped
    const household = await w.as.unit_admin.post('/api/households', {
      contactPointId: point.id,
      headName: '低保户主',
      categories: ['dibao'],
    });
    expect(household.statusCode).toBe(201);
    const householdId = household.json().id as string;
    const cadre = await makeCadre(t.db, w.unitA, { rank: 'county', name: '类别干部' });
    await pair(t, cadre.id, householdId, '2014-02-01');
    await help(t, cadre.id, householdId, '2014-03-02');

    const compliance = async () =>
      (
        (await w.as.office.get('/api/compliance?month=2014-03&pageSize=200')).json().items as {
          cadreId: string;
          poorHouseholdsHelped: number;
          reasons: string[];
        }[]
      ).find((i) => i.cadreId === cadre.id);
    const overview = async () =>
      (
        (await w.as.office.get('/api/pairings/overview?pageSize=200')).json().items as {
          cadreId: string;
          poorPairings: number;
          hasPoor: boolean;
        }[]
      ).find((i) => i.cadreId === cadre.id);
    expect((await compliance())?.poorHouseholdsHelped).toBe(1);
    expect(await overview()).toMatchObject({ poorPairings: 1, hasPoor: true });

    // the admin takes the flag off: the same household no longer counts as poor
    const off = await w.as.admin.patch('/api/household-categories/dibao', { countsAsPoor: false });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ code: 'dibao', label: '低保户', countsAsPoor: false });
    expect((await compliance())?.poorHouseholdsHelped).toBe(0);
    expect((await compliance())?.reasons).toContain('尚未帮扶贫困户（至少 1 户）');
    expect(await overview()).toMatchObject({ poorPairings: 0, hasPoor: false });

    // both edits are in the audit log, with what changed
    const rows = await categoryAudits('dibao');
    expect(rows.map((r) => [r.action, r.summary])).toEqual([
      ['create', '新增住户类别“低保户”（计为贫困户）'],
      ['update', '修改住户类别“低保户”：计为贫困户 是 → 否'],
    ]);
    expect(rows[1]?.before).toMatchObject({ countsAsPoor: true });
    expect(rows[1]?.after).toMatchObject({ countsAsPoor: false });
  });

  it('keeps households valid: no unknown code; a retired one stays on the households that have it', async () => {
    const create = (categories: string[]) =>
      w.as.unit_admin.post('/api/households', {
        contactPointId: point.id,
        headName: '类别户主',
        categories,
      });
    const unknown = await create(['nosuch']);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([
      { field: 'body.categories.0', message: '类别“nosuch”不存在' },
    ]);

    const kept = await create(['opinion']);
    expect(kept.statusCode).toBe(201);
    const retire = await w.as.admin.patch('/api/household-categories/opinion', { active: false });
    expect(retire.json()).toMatchObject({ active: false });
    expect((await create(['opinion'])).json().error.message).toBe('类别“舆情户”已停用');
    // the household that has it keeps it through an edit, and may not be given it again once dropped
    const id = kept.json().id as string;
    const edit = await w.as.unit_admin.patch(`/api/households/${id}`, {
      categories: ['opinion', 'other'],
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().categories).toEqual(['opinion', 'other']);
    await w.as.unit_admin.patch(`/api/households/${id}`, { categories: ['other'] });
    const back = await w.as.unit_admin.patch(`/api/households/${id}`, { categories: ['opinion'] });
    expect(back.statusCode).toBe(400);
    await w.as.admin.patch('/api/household-categories/opinion', { active: true });

    // the database refuses an unknown code whichever path writes it (trigger, migration 0022)
    await expect(
      t.db
        .insert(households)
        .values({ contactPointId: point.id, headName: '直写', categories: ['zz'] }),
    ).rejects.toThrow();
  });

  const put = (key: string, value: unknown) =>
    w.as.admin.request({ method: 'PUT', url: `/api/settings/${key}`, payload: { value } });

  // the pairing range outside the quota rules (系统设置): the campaign above is long over today
  it('is 3–5 households by default, changed by the admin (audited), min never above max', async () => {
    const point = await makeContactPoint(t.db, w.unitA, '范围村');
    const cadre = await makeCadre(t.db, w.unitA, { rank: 'section', name: '范围干部' });
    for (let i = 0; i < 4; i++) {
      const h = await w.as.unit_admin.post('/api/households', {
        contactPointId: point.id,
        headName: `范围户${i}`,
      });
      await pair(t, cadre.id, h.json().id, '2014-02-01');
    }
    const item = async () =>
      (
        (await w.as.office.get('/api/pairings/overview?pageSize=200')).json() as {
          source: string;
          items: {
            cadreId: string;
            minHouseholds: number;
            maxHouseholds: number;
            status: string;
          }[];
        }
      ).items.find((i) => i.cadreId === cadre.id);
    expect(await item()).toMatchObject({ minHouseholds: 3, maxHouseholds: 5, status: 'ok' });

    const tooHigh = await put('pairings.minHouseholds', 6);
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.message).toBe(
      '“结对户数下限（无活动指标时）”不能大于“结对户数上限（无活动指标时）”（当前为 5）',
    );
    expect((await put('pairings.maxHouseholds', 2)).statusCode).toBe(400);
    expect((await put('pairings.minHouseholds', 0)).statusCode).toBe(400);
    expect(
      (
        await w.as.office.request({
          method: 'PUT',
          url: '/api/settings/pairings.minHouseholds',
          payload: { value: 4 },
        })
      ).statusCode,
    ).toBe(403);

    expect((await put('pairings.maxHouseholds', 8)).statusCode).toBe(200);
    expect((await put('pairings.minHouseholds', 6)).statusCode).toBe(200);
    expect(await item()).toMatchObject({ minHouseholds: 6, maxHouseholds: 8, status: 'below' });
    const rows = await auditRows(t.db, { entity: 'setting', entityId: 'pairings.minHouseholds' });
    expect(rows.map((r) => r.summary)).toEqual([
      '修改系统设置“结对户数下限（无活动指标时）”：3 → 6',
    ]);
  });
});
