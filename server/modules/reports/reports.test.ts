import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TDashboard } from '../../../common/dashboard.ts';
import { cadres, cases, notifications, outbox, reports } from '../../db/schema/index.ts';
import { login } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { docxParagraphs, docxTable } from '../../test/docx.ts';
import {
  expectError,
  expectEveryCall,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeCadre, makeUser } from '../../test/factories.ts';
import { makeCampaign, makeGongCampaign, makePhase } from '../../test/factories-campaigns.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { expectSheet } from '../../test/xlsx.ts';
import { makeLastMonthReport } from './reports.service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

function expectDocx(res: LightMyRequestResponse): Buffer {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe(DOCX);
  return res.rawPayload;
}

async function sheetRows(res: LightMyRequestResponse, name: string): Promise<unknown[][]> {
  expect(res.statusCode, res.body).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  ws.eachRow((r) => {
    rows.push((r.values as unknown[]).slice(1));
  });
  return rows;
}

describe('/api/reports', () => {
  const { t, w } = useWorld();
  let campaignId: string;
  let endedId: string;

  beforeAll(async () => {
    // the 2014 campaign with its phases and quota rules (the month's compliance has cadres to count)
    campaignId = (await makeGongCampaign(t.db)).id;
    const may = (day: number) => new Date(`2014-05-${String(day).padStart(2, '0')}T10:00:00+08:00`);
    await makeCadre(t.db, w.unitA, { name: '甲干部', leading: true });
    await makeCadre(t.db, w.unitB, { name: '乙干部' });
    await makeCase(t.db, { assignedOrgId: w.unitA.id, createdAt: may(5), channel: 'web' });
    await makeCase(t.db, {
      assignedOrgId: w.unitB.id,
      createdAt: may(6),
      channel: 'hotline',
      status: 'answered',
      rating: 'satisfied',
    });
    const done = await makeCase(t.db, {
      assignedOrgId: w.unitA.id,
      createdAt: may(7),
      status: 'signed_off',
      citizenName: '王秘密',
      answer: '村道已修好，群众出行方便',
    });
    await t.db
      .update(cases)
      .set({ publicity: true, signedOffAt: may(20) })
      .where(eq(cases.id, done.id));
    endedId = (
      await makeCampaign(t.db, {
        name: '已结束活动',
        startDate: '2013-03-01',
        endDate: '2013-10-31',
      })
    ).id;
    await makePhase(t.db, endedId, {
      name: '第一阶段',
      startDate: '2013-03-01',
      endDate: '2013-06-30',
    });
    await makePhase(t.db, endedId, {
      name: '第二阶段',
      startDate: '2013-07-01',
      endDate: '2013-10-31',
    });
  });

  it('answers 401 without login', async () => {
    await expectEveryCall(
      t.app,
      [
        ['GET', '/api/reports'],
        ['GET', '/api/reports/export'],
        ['GET', '/api/reports/monthly?month=2014-05'],
        ['GET', `/api/reports/campaign-summary?campaignId=${campaignId}`],
        ['GET', `/api/reports/${campaignId}/file`],
      ],
      401,
    );
  });

  it('answers 403 to a cadre, and to the inspector for generating', async () => {
    await expectEveryCall(
      w.as.cadre,
      [
        ['GET', '/api/reports'],
        ['GET', '/api/reports/export'],
        ['GET', '/api/reports/monthly?month=2014-05'],
        ['GET', `/api/reports/campaign-summary?campaignId=${campaignId}`],
        ['GET', `/api/reports/${campaignId}/file`],
      ],
      403,
    );
    await expectEveryCall(
      w.as.inspector,
      [
        ['GET', '/api/reports/monthly?month=2014-05'],
        ['GET', `/api/reports/campaign-summary?campaignId=${campaignId}`],
      ],
      403,
    );
    expect((await w.as.inspector.get('/api/reports')).statusCode).toBe(200);
  });

  it('answers 400 for a bad month, format, campaign or id, and for a month not begun', async () => {
    const o = w.as.office;
    expectValidation(await o.get('/api/reports/monthly?month=2014-13'), 'querystring.month');
    expectValidation(await o.get('/api/reports/monthly'), 'querystring.month');
    expectValidation(
      await o.get('/api/reports/monthly?month=2014-05&format=pdf'),
      'querystring.format',
    );
    expectValidation(await o.get('/api/reports/campaign-summary'), 'querystring.campaignId');
    expectValidation(await o.get('/api/reports/x/file'), 'params.id');
    expectValidation(await o.get('/api/reports?kind=weekly'), 'querystring.kind');
    expectValidation(
      await o.get(`/api/reports/${campaignId}/file?format=pdf`),
      'querystring.format',
    );
    const future = expectValidation(
      await w.as.office.get('/api/reports/monthly?month=2999-01'),
      'month',
    );
    expect(future.message).toContain('2999-01 尚未开始');
    const later = await makeCampaign(t.db, {
      name: '将来的活动',
      startDate: '2999-01-01',
      endDate: '2999-12-31',
    });
    expectValidation(
      await w.as.office.get(`/api/reports/campaign-summary?campaignId=${later.id}`),
      'campaignId',
    );
  });

  it('makes the bureau’s 月报 whose figures are the dashboard’s, records it and serves it again', async () => {
    const dash = await w.as.office.get('/api/dashboard?from=2014-05-01&to=2014-05-31');
    expect(dash.statusCode, dash.body).toBe(200);
    const d = dash.json() as TDashboard;
    const res = await w.as.office.get('/api/reports/monthly?month=2014-05&format=docx');
    const docx = expectDocx(res);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      '测试局 2014年5月 联系服务群众工作月报.docx',
    );
    const text = docxParagraphs(docx);
    expect(text[0]).toBe('测试局 2014年5月 联系服务群众工作月报');
    const c = d.cases;
    expect(text).toContain(
      `统计期内收到诉求件 ${c.received} 件（截至期末近 7 天 ${c.receivedWeek} 件、近 4 周 ${c.received4Weeks} 件、本年 ${c.receivedYear} 件）。`,
    );
    expect(c.received).toBe(3);
    expect(d.compliance.cadres).toBeGreaterThan(0);
    expect(text).toContain(
      `2014-05，应达标干部 ${d.compliance.cadres} 名，达标 ${d.compliance.met} 名，达标率 ${pct(d.compliance.rate)}。`,
    );
    expect(text.some((p) => p.startsWith(`目前逾期未办结 ${c.overdue} 件`))).toBe(true);
    expect(docxTable(docx, '诉求件来源渠道').slice(1)).toEqual(
      c.channelRows.map((r) => [r.label, String(r.value)]),
    );
    expect(docxTable(docx, '诉求件办理状态').slice(1)).toEqual(
      c.statusRows.map((r) => [r.label, String(r.value)]),
    );
    expect(docxTable(docx, '群众评价').slice(1)).toEqual([
      ['满意', String(c.satisfaction.satisfied)],
      ['基本满意', String(c.satisfaction.basically)],
      ['不满意', String(c.satisfaction.dissatisfied)],
    ]);
    // the modules' tiles (活动项目进度, 六个一 …): each one's figures in a line of 四、活动进展
    for (const tile of d.tiles) {
      const figures = tile.figures
        .map((f) => `${f.label} ${f.format === 'rate' ? pct(f.value) : f.value}`)
        .join('，');
      expect(text).toContain(figures ? `${tile.title}：${figures}。` : `${tile.title}：`);
    }
    const key = docxTable(docx, '主要数据');
    expect(key).toContainEqual(['按时办结率', pct(c.onTimeCompletionRate), expect.any(String)]);
    expect(key).toContainEqual(['达标率', pct(d.compliance.rate), expect.any(String)]);
    // 办成实事: the case by its code and what was done, never the citizen
    const highlights = docxTable(docx, '办成实事');
    expect(highlights[1]?.[2]).toBe('甲单位');
    expect(highlights[1]?.[4]).toBe('村道已修好，群众出行方便');
    expect(text.join('')).not.toContain('王秘密');

    const listed = await w.as.office.get('/api/reports?kind=monthly&q=2014年5月');
    expect(listed.statusCode, listed.body).toBe(200);
    const item = listed.json().items.find((r: { orgId: string | null }) => r.orgId === null);
    expect(item).toMatchObject({
      kind: 'monthly',
      month: '2014-05',
      title: '测试局 2014年5月 联系服务群众工作月报',
      generatedByName: expect.any(String),
    });
    const again = expectDocx(await w.as.office.get(`/api/reports/${item.id}/file?format=docx`));
    expect(docxParagraphs(again)).toEqual(text);
    const audits = await auditRows(t.db, { entity: 'report', entityId: item.id });
    expect(audits.map((a) => a.summary)).toEqual([
      '生成报告「测试局 2014年5月 联系服务群众工作月报」',
    ]);
  });

  it('writes the same figures into the workbook, read back equal to the API', async () => {
    const d = (
      await w.as.office.get('/api/dashboard?from=2014-05-01&to=2014-05-31')
    ).json() as TDashboard;
    const res = await w.as.office.get('/api/reports/monthly?month=2014-05&format=xlsx');
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(await sheetRows(res, '诉求件（按渠道）')).toEqual([
      ['渠道', '件数'],
      ...d.cases.channelRows.map((r) => [r.label, r.value]),
    ]);
    const key = await sheetRows(res, '主要数据');
    expect(key).toContainEqual(['收到诉求件', d.cases.received, expect.anything()]);
    expect(key).toContainEqual(['应达标干部', d.compliance.cadres, expect.anything()]);
    expect(key).toContainEqual(['逾期未办结', d.cases.overdue, expect.anything()]);
  });

  it('gives a unit admin his unit’s report only: another unit is not found, the bureau’s not listed', async () => {
    const unit = w.as.unit_admin;
    expectNotFound(await unit.get(`/api/reports/monthly?month=2014-05&orgId=${w.unitB.id}`));
    expectNotFound(
      await unit.get(`/api/reports/campaign-summary?campaignId=${campaignId}&orgId=${w.unitB.id}`),
    );
    expectNotFound(await unit.get(`/api/reports?orgId=${w.unitB.id}`));
    const d = (await unit.get('/api/dashboard?from=2014-05-01&to=2014-05-31')).json() as TDashboard;
    const docx = expectDocx(await unit.get('/api/reports/monthly?month=2014-05'));
    const text = docxParagraphs(docx);
    expect(text[0]).toBe('甲单位 2014年5月 联系服务群众工作月报');
    expect(text).toContain(
      `统计期内收到诉求件 ${d.cases.received} 件（截至期末近 7 天 ${d.cases.receivedWeek} 件、近 4 周 ${d.cases.received4Weeks} 件、本年 ${d.cases.receivedYear} 件）。`,
    );
    expect(d.cases.received).toBe(2);

    const mine = (await unit.get('/api/reports')).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((r: { orgId: string }) => r.orgId === w.unitA.id)).toBe(true);
    const all = (await w.as.office.get('/api/reports?pageSize=200')).json();
    const bureau = all.items.find((r: { orgId: string | null }) => r.orgId === null);
    expectNotFound(await unit.get(`/api/reports/${bureau.id}/file`));
    expect(all.total).toBeGreaterThan(mine.total);
  });

  it('exports the list as Excel', async () => {
    const rows = await expectSheet(await w.as.office.get('/api/reports/export?kind=monthly'), [
      '标题',
      '类型',
      '月份',
      '活动',
      '单位',
      '生成人',
      '生成时间',
    ]);
    expect(rows.slice(1).map((r) => r[4])).toContain('全局');
    expect(rows.slice(1).map((r) => r[4])).toContain('甲单位');
  });

  it('sums up an ended campaign phase by phase (活动总结)', async () => {
    const empty = expectDocx(
      await w.as.office.get(`/api/reports/campaign-summary?campaignId=${endedId}`),
    );
    expect(docxParagraphs(empty)).toContain('尚未标记经验做法。');
    // the office marks a signed-off case as 经验做法 of the campaign: the summary carries it
    const signedOff = (await w.as.office.get('/api/cases?status=signed_off')).json().items[0];
    const marked = await w.as.office.post('/api/good-practices', {
      kind: 'case',
      subjectId: signedOff.id,
      campaignId: endedId,
      note: '村道维修当月办结的做法',
    });
    expect(marked.statusCode).toBe(201);
    const res = await w.as.office.get(`/api/reports/campaign-summary?campaignId=${endedId}`);
    const docx = expectDocx(res);
    const text = docxParagraphs(docx);
    expect(text[0]).toBe('测试局 已结束活动 活动总结');
    expect(text).not.toContain('尚未标记经验做法。');
    expect(docxTable(docx, '经验做法').slice(1)).toEqual([
      ['诉求件', expect.any(String), '村道维修当月办结的做法'],
    ]);
    expect(text).toContain('“已结束活动”自 2013-03-01 至 2013-10-31，已经结束。');
    const phases = docxTable(docx, '各阶段情况');
    expect(phases.map((r) => r.slice(0, 3))).toEqual([
      ['阶段', '开始日期', '结束日期'],
      ['第一阶段', '2013-03-01', '2013-06-30'],
      ['第二阶段', '2013-07-01', '2013-10-31'],
    ]);
    const listed = (await w.as.office.get('/api/reports?kind=campaign_summary')).json();
    expect(listed.items[0]).toMatchObject({ campaignId: endedId, campaignName: '已结束活动' });
    expectNotFound(
      await w.as.office.get(
        '/api/reports/campaign-summary?campaignId=01900000-0000-7000-8000-0000000000ff',
      ),
    );
  });

  it('the job makes the month before’s bureau report once, tells the office once, mails with a relay', async () => {
    const officeCadre = await makeCadre(t.db, w.bureau, { name: '办公室干部' });
    await t.db
      .update(cadres)
      .set({ email: 'office@example.cn' })
      .where(eq(cadres.id, officeCadre.id));
    const officeUser = await makeUser(t.db, 'office', { org: w.bureau, cadreId: officeCadre.id });
    const config = {
      mail: {
        publicAddress: 'x@tiexin.local',
        from: 'x@tiexin.local',
        relayUrl: 'smtp://127.0.0.1:9',
      },
      publicBaseUrl: 'https://tiexin.example.cn',
    };
    const first = await makeLastMonthReport({ db: t.db, config }, '2014-07-01');
    const second = await makeLastMonthReport({ db: t.db, config }, '2014-07-02');
    expect(first).toEqual({ month: '2014-06', made: true });
    expect(second).toEqual({ month: '2014-06', made: false });
    const made = await t.db.select().from(reports).where(eq(reports.month, '2014-06'));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      orgId: null,
      generatedBy: null,
      title: '测试局 2014年6月 联系服务群众工作月报',
    });
    const notes = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'report_ready'));
    const toNew = notes.filter((n) => n.userId === officeUser.id);
    expect(toNew).toHaveLength(1);
    expect(toNew[0]).toMatchObject({
      title: '报告已生成：测试局 2014年6月 联系服务群众工作月报',
      link: '/reports',
    });
    // every office account once, nobody else
    expect(new Set(notes.map((n) => n.userId)).size).toBe(notes.length);
    const mails = await t.db.select().from(outbox).where(eq(outbox.recipient, 'office@example.cn'));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body).toContain('https://tiexin.example.cn/reports');
    // the office sees it in the list, made by the job
    const client = await login(t.app, officeUser.username, officeUser.password);
    const listed = (await client.get('/api/reports?q=2014年6月')).json();
    expect(listed.items[0]).toMatchObject({ generatedBy: null, generatedByName: null });
  });

  it('the job without a relay tells the office in the app only', async () => {
    const config = {
      mail: { publicAddress: 'x@tiexin.local', from: 'x@tiexin.local', relayUrl: undefined },
      publicBaseUrl: 'https://tiexin.example.cn',
    };
    const before = (await t.db.select().from(outbox)).length;
    expect(await makeLastMonthReport({ db: t.db, config }, '2014-08-15')).toEqual({
      month: '2014-07',
      made: true,
    });
    expect((await t.db.select().from(outbox)).length).toBe(before);
    expectError(await w.as.cadre.get('/api/reports'), 403, 'FORBIDDEN');
  });
});
