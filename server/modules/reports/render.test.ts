import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TDashboard } from '../../../common/dashboard.ts';
import { docxParagraphs, docxTable, readZipEntry } from '../../test/docx.ts';
import { contentOf, type ReportSnapshot } from './content.ts';
import { renderDocx } from './docx.ts';
import { renderXlsx } from './xlsx.ts';

const link = { path: '/cases', query: {} };
const dashboard: TDashboard = {
  period: { from: '2026-11-01', to: '2026-11-30' },
  comparison: { from: '2025-11-01', to: '2025-11-30', label: '去年同期' },
  orgId: null,
  campaign: {
    id: '01900000-0000-7000-8000-000000000001',
    name: '2026 常态化',
    phase: '整改落实',
    daysLeft: 25,
    startDate: '2026-03-01',
    endDate: '2026-12-25',
    state: 'ongoing',
  },
  cases: {
    received: 37,
    receivedWeek: 5,
    received4Weeks: 30,
    receivedYear: 412,
    byStatus: { received: 3, signed_off: 20 },
    byChannel: { web: 20, hotline: 17 },
    statusRows: [
      { key: 'received', label: '待受理', value: 3, link },
      { key: 'signed_off', label: '已销号', value: 20, link },
    ],
    channelRows: [
      { key: 'web', label: '网上', value: 20, link },
      { key: 'hotline', label: '热线电话', value: 17, link },
    ],
    categoryRows: [{ key: 'x', label: '农业生产', value: 37, link }],
    unitRows: [{ key: 'u', label: '畜牧水产局', value: 37, link }],
    onTimeAcceptanceRate: 0.9,
    onTimeCompletionRate: 0.8125,
    avgDaysToFirstAction: 1.25,
    avgDaysToAnswer: 6.5,
    overdue: 4,
    overdueByUnit: [{ key: 'u', label: '畜牧水产局', value: 4, link }],
    reopenedRate: 0.05,
    satisfaction: { satisfied: 12, basically: 6, dissatisfied: 2 },
    watch: [
      {
        id: '01900000-0000-7000-8000-000000000002',
        trackingCode: 'PX2611-0001',
        orgName: '畜牧水产局',
        reopened: 3,
        units: 1,
      },
    ],
    previous: { received: 30, onTimeCompletionRate: 0.7, satisfiedRate: 0.8, overdue: 6 },
    links: {},
  },
  compliance: {
    month: '2026-11',
    cadres: 120,
    met: 96,
    rate: 0.8,
    leading: { cadres: 10, met: 10, rate: 1 },
    trend: [{ month: '2026-10', cadres: 120, met: 90, rate: 0.75 }],
    byUnit: [
      {
        orgId: '01900000-0000-7000-8000-000000000003',
        orgName: '畜牧水产局',
        cadres: 20,
        met: 10,
        rate: 0.5,
        link,
      },
      {
        orgId: '01900000-0000-7000-8000-000000000004',
        orgName: '农机局',
        cadres: 100,
        met: 86,
        rate: 0.86,
        link,
      },
    ],
    byRank: [{ rank: 'county', label: '县级', cadres: 10, met: 10, rate: 1, link }],
    previous: { month: '2025-11', cadres: 110, met: 77, rate: 0.7 },
    link,
    links: {},
  },
  tiles: [
    {
      key: 'activities',
      title: '活动项目进度',
      figures: [
        { key: 'done', label: '已完成', value: 12, format: 'count', tone: 'normal', link: null },
        { key: 'rate', label: '完成率', value: 0.6, format: 'rate', tone: 'normal', link: null },
      ],
      table: {
        columns: [
          { key: 'title', title: '活动项目', format: 'text' },
          { key: 'rate', title: '完成率', format: 'rate' },
        ],
        rows: [{ title: '走访结亲', rate: 0.5 }],
      },
      chart: 'bar',
    },
  ],
};

const snapshot: ReportSnapshot = {
  kind: 'monthly',
  title: '萍乡市农业局 2026年11月 联系服务群众工作月报',
  orgName: '萍乡市农业局',
  month: '2026-11',
  generatedAt: '2026-12-01 01:00',
  dashboard,
  highlights: [
    {
      trackingCode: 'PX2611-0002',
      category: '农业生产',
      orgName: '农机局',
      signedOffOn: '2026-11-20',
      result: '已修复灌溉水渠',
    },
  ],
  cadresBehind: [
    {
      cadreName: '张三',
      orgName: '畜牧水产局',
      rank: '一般',
      leading: false,
      reasons: ['走访 1/2 天'],
    },
  ],
  cadresBehindTotal: 24,
  phases: [],
  practices: [],
};

describe('the report files', () => {
  it('writes the figures into the Word document, in prose and tables, with CJK fonts', async () => {
    const docx = await renderDocx(contentOf(snapshot));
    const text = docxParagraphs(docx);
    expect(text[0]).toBe('萍乡市农业局 2026年11月 联系服务群众工作月报');
    expect(text).toContain('2026-11，应达标干部 120 名，达标 96 名，达标率 80.0%。');
    expect(text).toContain('其中领导干部（带头示范）10 名，达标 10 名，达标率 100.0%。');
    expect(text).toContain('比去年同期（2025-11）达标率 70.0%。');
    expect(text).toContain(
      '统计期内收到诉求件 37 件（截至期末近 7 天 5 件、近 4 周 30 件、本年 412 件）。',
    );
    expect(text).toContain(
      '按时受理率 90.0%，按时办结率 81.3%；平均 1.3 个工作日首次处理，平均 6.5 个工作日答复。',
    );
    expect(text).toContain('“2026 常态化”目前处于整改落实，距活动结束还有 25 天。');
    expect(text).toContain('活动项目进度：已完成 12，完成率 60.0%。');
    expect(text).toContain('未达标干部 24 名（下表列出前 1 名）：');
    expect(docxTable(docx, '诉求件来源渠道')).toEqual([
      ['渠道', '件数'],
      ['网上', '20'],
      ['热线电话', '17'],
    ]);
    // below the overall 80%: only 畜牧水产局
    expect(docxTable(docx, '达标率偏低的单位')).toEqual([
      ['单位', '干部数', '达标数', '达标率'],
      ['畜牧水产局', '20', '10', '50.0%'],
    ]);
    expect(docxTable(docx, '办成实事')[1]).toEqual([
      'PX2611-0002',
      '农业生产',
      '农机局',
      '2026-11-20',
      '已修复灌溉水渠',
    ]);
    const styles = readZipEntry(docx, 'word/styles.xml').toString('utf8');
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toContain('w:eastAsia="黑体"');
  });

  it('writes the same tables into the workbook, a sheet each', async () => {
    const xlsx = await renderXlsx(contentOf(snapshot), '报告');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('报告');
    expect(names).toContain('诉求件（按渠道）');
    expect(names).toContain('活动项目进度');
    const rows: unknown[][] = [];
    wb.getWorksheet('诉求件（按渠道）')?.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1));
    });
    expect(rows).toEqual([
      ['渠道', '件数'],
      ['网上', 20],
      ['热线电话', 17],
    ]);
  });

  it('writes the campaign summary phase by phase, with the practices given', async () => {
    const docx = await renderDocx(
      contentOf({
        ...snapshot,
        kind: 'campaign_summary',
        title: '萍乡市农业局 2026 常态化 活动总结',
        phases: [
          {
            name: '学习教育',
            startDate: '2026-03-01',
            endDate: '2026-05-31',
            received: 40,
            onTimeCompletionRate: 0.75,
            overdue: 1,
            satisfaction: { satisfied: 5, basically: 1, dissatisfied: 0 },
            complianceMonth: '2026-05',
            complianceRate: 0.9,
          },
        ],
        practices: [{ kind: 'case', title: '水渠当天修', note: '上门办' }],
      }),
    );
    expect(docxTable(docx, '各阶段情况')[1]).toEqual([
      '学习教育',
      '2026-03-01',
      '2026-05-31',
      '40',
      '75.0%',
      '1',
      '5',
      '1',
      '0',
      '90.0%',
    ]);
    expect(docxTable(docx, '经验做法')[1]).toEqual(['诉求件', '水渠当天修', '上门办']);
  });
});
