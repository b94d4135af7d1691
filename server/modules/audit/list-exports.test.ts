import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { makeCadre, makeContactPoint } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { makeHousehold, makePairing } from '../../test/factories-households.ts';
import { useWorld } from '../../test/hooks.ts';
import { XLSX_TYPE } from '../../test/upload.ts';
import { column, readXlsx } from '../../test/xlsx.ts';

async function sheet(res: LightMyRequestResponse, filename: string) {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_TYPE);
  expect(res.headers['content-disposition']).toContain(encodeURIComponent(filename));
  return readXlsx(res);
}

/** The exports of 基层联系点, 活动管理, 结对 and 审计日志: the list's filters and scope. */
describe('list exports', () => {
  const { t, w } = useWorld();

  it('exports contact points in the reader’s scope with the list’s filter', async () => {
    await makeContactPoint(t.db, w.unitA, '导出甲村');
    await makeContactPoint(t.db, w.bureau, '导出局村');
    await makeContactPoint(t.db, w.unitB, '导出乙村');
    const q = encodeURIComponent('导出');
    const rows = await sheet(
      await w.as.unit_admin.get(`/api/contact-points/export?q=${q}`),
      '基层联系点.xlsx',
    );
    expect(rows[0]).toEqual(['联系点', '类型', '所属单位', '县（市、区）', '地址', '纬度', '经度']);
    // unit A's own point and the bureau's above it, as the list shows; never unit B's
    const listed = (await w.as.unit_admin.get(`/api/contact-points?q=${q}`)).json();
    expect(column(rows, 0)).toEqual(listed.items.map((p: { name: string }) => p.name));
    expect(column(rows, 0).sort()).toEqual(['导出局村', '导出甲村'].sort());
    expect(rows[1]?.slice(1, 2)).toEqual(['村']);
    const byOrg = await sheet(
      await w.as.admin.get(`/api/contact-points/export?q=${q}&orgId=${w.unitB.id}`),
      '基层联系点.xlsx',
    );
    expect(column(byOrg, 0)).toEqual(['导出乙村']);
    expect((await t.app.inject({ url: '/api/contact-points/export' })).statusCode).toBe(401);
  });

  it('exports campaigns with the state users see', async () => {
    await makeCampaign(t.db, { name: '导出活动', startDate: '2014-02-01', endDate: '2014-09-30' });
    await makeCampaign(t.db, { name: '导出草稿', status: 'draft' });
    const q = encodeURIComponent('导出');
    const rows = await sheet(
      await w.as.cadre.get(`/api/campaigns/export?q=${q}&state=ended`),
      '活动管理.xlsx',
    );
    expect(rows[0]?.slice(0, 4)).toEqual(['活动名称', '开始日期', '结束日期', '状态']);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['导出活动', '2014-02-01', '2014-09-30', '已结束'],
    ]);
    const all = await sheet(await w.as.office.get(`/api/campaigns/export?q=${q}`), '活动管理.xlsx');
    expect(all).toHaveLength(3);
  });

  it('exports pairings with the list’s filter and scope', async () => {
    const cadreA = await makeCadre(t.db, w.unitA, { name: '导出甲干部', rank: 'section' });
    const cadreB = await makeCadre(t.db, w.unitB, { name: '导出乙干部' });
    const pointA = await makeContactPoint(t.db, w.unitA);
    const pointB = await makeContactPoint(t.db, w.unitB);
    const hA = await makeHousehold(t.db, pointA, { headName: '导出甲户' });
    const hB = await makeHousehold(t.db, pointB, { headName: '导出乙户' });
    await makePairing(t.db, cadreA, hA, { startDate: '2014-03-01', endDate: '2014-06-30' });
    await makePairing(t.db, cadreB, hB, { startDate: '2014-03-01' });
    const rows = await sheet(await w.as.unit_admin.get('/api/pairings/export'), '结对.xlsx');
    expect(rows[0]?.slice(0, 4)).toEqual(['干部', '职级', '干部所在单位', '户主']);
    expect(column(rows, 0)).toEqual(['导出甲干部']);
    expect(rows[1]).toEqual(
      expect.arrayContaining(['科级', '甲单位', '导出甲户', '2014-06-30', '已结束']),
    );
    const open = await sheet(await w.as.admin.get('/api/pairings/export?active=true'), '结对.xlsx');
    expect(column(open, 0)).toEqual(['导出乙干部']);
    const named = await sheet(
      await w.as.admin.get(
        `/api/pairings/export?q=${encodeURIComponent('导出甲')}&orgId=${w.unitA.id}`,
      ),
      '结对.xlsx',
    );
    expect(column(named, 3)).toEqual(['导出甲户']);
  });

  it('exports the audit log with Chinese labels and the list’s filter, for admin and inspector', async () => {
    await w.as.admin.post('/api/orgs', {
      name: '审计导出单位',
      kind: 'unit',
      parentId: w.bureau.id,
    });
    const q = encodeURIComponent('审计导出单位');
    const rows = await sheet(
      await w.as.inspector.get(`/api/audit/export?q=${q}&entity=org`),
      '审计日志.xlsx',
    );
    expect(rows[0]).toEqual([
      '时间',
      '操作人',
      '操作',
      '对象',
      '对象名称',
      '对象编号',
      '摘要',
      'IP 地址',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(2, 5)).toEqual(['新增', '组织机构', '审计导出单位']);
    expect(rows[1]?.[6]).toContain('审计导出单位');
    expect(rows[1]?.[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const none = await sheet(
      await w.as.admin.get(`/api/audit/export?q=${q}&entity=cadre`),
      '审计日志.xlsx',
    );
    expect(none).toHaveLength(1);
    expect((await w.as.office.get('/api/audit/export')).statusCode).toBe(403);
  });
});
