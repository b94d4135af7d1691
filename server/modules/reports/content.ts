import type { TCountRow, TDashboard } from '../../../common/dashboard.ts';
import type { TReportKind } from '../../../common/report-terms.ts';
import { reportText as R } from '../../platform/i18n/reports.zh-CN.ts';

/** 办成实事: a case signed off in the period and marked for publicity — no personal data. */
export type Highlight = {
  trackingCode: string;
  category: string;
  orgName: string | null;
  signedOffOn: string;
  /** what was done (the answer or measures as published), cut to a line */
  result: string;
};

/** A cadre below the month's quota (from the compliance service). */
export type CadreBehind = {
  cadreName: string;
  orgName: string;
  rank: string;
  leading: boolean;
  reasons: string[];
};

/** 经验做法 the campaign keeps (the 经验做法 marking of the lasting mechanism). */
export type Practice = { kind: string; title: string; note: string };

/** One phase of a campaign with the figures of its period (活动总结). */
export type PhaseFigures = {
  name: string;
  startDate: string;
  endDate: string;
  received: number;
  onTimeCompletionRate: number | null;
  overdue: number;
  satisfaction: { satisfied: number; basically: number; dissatisfied: number };
  complianceMonth: string;
  complianceRate: number | null;
};

/**
 * What a report holds, as it was when made (reports.snapshot): the dashboard's answer for the
 * period and unit, and the lists the dashboard does not carry. The files are rendered from it.
 */
export type ReportSnapshot = {
  kind: TReportKind;
  title: string;
  orgName: string;
  month: string | null;
  generatedAt: string;
  dashboard: TDashboard;
  highlights: Highlight[];
  cadresBehind: CadreBehind[];
  cadresBehindTotal: number;
  /** 活动总结 only */
  phases: PhaseFigures[];
  practices: Practice[];
};

export type Cell = string | number;
export type ReportTable = { title: string; sheet: string; columns: string[]; rows: Cell[][] };
export type ReportSection = { heading: string; blocks: ({ text: string } | ReportTable)[] };
/** The report as headings, prose and tables: the Word document and the workbook both draw it. */
export type ReportContent = { title: string; meta: string[]; sections: ReportSection[] };

type TableKey = keyof typeof R.tables;
const table = (key: TableKey, rows: Cell[][]): ReportTable => {
  const t = R.tables[key];
  return { title: t.title, sheet: t.sheet, columns: [...t.columns], rows };
};
const pct = R.percent;
/** 去年同期 or 上一活动同期, as the dashboard names its comparison */
const labelOf = (d: TDashboard) => d.comparison?.label ?? R.previousYear;
const countRows = (rows: TCountRow[]): Cell[][] => rows.map((r) => [r.label, r.value]);
const ratedTotal = (s: { satisfied: number; basically: number; dissatisfied: number }) =>
  s.satisfied + s.basically + s.dissatisfied;
const satisfiedRateOf = (s: { satisfied: number; basically: number; dissatisfied: number }) => {
  const n = ratedTotal(s);
  return n ? (s.satisfied + s.basically) / n : null;
};

function keyFigures(d: TDashboard): ReportTable {
  const c = d.cases;
  const m = d.compliance;
  const K = R.keyFigures;
  const prev = c.previous;
  const rows: Cell[][] = [
    [K.cadres, m.cadres, m.previous ? m.previous.cadres : R.dash],
    [K.met, m.met, m.previous ? m.previous.met : R.dash],
    [K.rate, pct(m.rate), m.previous ? pct(m.previous.rate) : R.dash],
    [K.leadingRate, pct(m.leading.rate), R.dash],
    [K.received, c.received, prev ? prev.received : R.dash],
    [K.onTimeAcceptance, pct(c.onTimeAcceptanceRate), R.dash],
    [
      K.onTimeCompletion,
      pct(c.onTimeCompletionRate),
      prev ? pct(prev.onTimeCompletionRate) : R.dash,
    ],
    [K.avgFirst, R.days(c.avgDaysToFirstAction), R.dash],
    [K.avgAnswer, R.days(c.avgDaysToAnswer), R.dash],
    [K.overdue, c.overdue, prev ? prev.overdue : R.dash],
    [K.reopened, pct(c.reopenedRate), R.dash],
    [K.satisfied, c.satisfaction.satisfied, R.dash],
    [K.basically, c.satisfaction.basically, R.dash],
    [K.dissatisfied, c.satisfaction.dissatisfied, R.dash],
    [
      K.satisfiedRate,
      pct(satisfiedRateOf(c.satisfaction)),
      prev ? pct(prev.satisfiedRate) : R.dash,
    ],
  ];
  if (d.campaign) {
    rows.push([K.phase, d.campaign.phase ?? R.campaign.between, R.dash]);
    rows.push([K.daysLeft, d.campaign.daysLeft, R.dash]);
  }
  const key = table('keyFigures', rows);
  key.columns[2] = labelOf(d);
  return key;
}

function complianceSection(d: TDashboard, heading: string): ReportSection {
  const m = d.compliance;
  const blocks: ReportSection['blocks'] = [];
  if (!d.campaign && m.cadres === 0) blocks.push({ text: R.compliance.noCampaign });
  blocks.push({ text: R.compliance.overall(m.month, m.cadres, m.met, pct(m.rate)) });
  blocks.push({ text: R.compliance.leading(m.leading.cadres, m.leading.met, pct(m.leading.rate)) });
  if (m.previous)
    blocks.push({
      text: R.compliance.previous(labelOf(d), m.previous.month, pct(m.previous.rate)),
    });
  blocks.push(
    table(
      'complianceByUnit',
      m.byUnit.map((u) => [u.orgName, u.cadres, u.met, pct(u.rate)]),
    ),
    table(
      'complianceByRank',
      m.byRank.map((r) => [r.label, r.cadres, r.met, pct(r.rate)]),
    ),
    table(
      'complianceTrend',
      m.trend.map((t) => [t.month, t.cadres, t.met, pct(t.rate)]),
    ),
  );
  return { heading, blocks };
}

function casesSection(d: TDashboard, heading: string): ReportSection {
  const c = d.cases;
  const blocks: ReportSection['blocks'] = [
    { text: R.cases.received(c.received, c.receivedWeek, c.received4Weeks, c.receivedYear) },
    {
      text: R.cases.timeliness(
        pct(c.onTimeAcceptanceRate),
        pct(c.onTimeCompletionRate),
        R.days(c.avgDaysToFirstAction),
        R.days(c.avgDaysToAnswer),
      ),
    },
    { text: R.cases.overdue(c.overdue, pct(c.reopenedRate)) },
  ];
  if (c.previous)
    blocks.push({
      text: R.cases.previous(
        labelOf(d),
        c.previous.received,
        pct(c.previous.onTimeCompletionRate),
        c.previous.overdue,
      ),
    });
  blocks.push(
    table('byChannel', countRows(c.channelRows)),
    table('byStatus', countRows(c.statusRows)),
    table('byCategory', countRows(c.categoryRows)),
    table('byUnit', countRows(c.unitRows)),
  );
  return { heading, blocks };
}

function satisfactionSection(d: TDashboard, heading: string): ReportSection {
  const s = d.cases.satisfaction;
  const blocks: ReportSection['blocks'] = [];
  if (ratedTotal(s) === 0) blocks.push({ text: R.satisfaction.none });
  else
    blocks.push({
      text: R.satisfaction.line(s.satisfied, s.basically, s.dissatisfied, pct(satisfiedRateOf(s))),
    });
  if (d.cases.previous?.satisfiedRate != null)
    blocks.push({
      text: R.satisfaction.previous(labelOf(d), pct(d.cases.previous.satisfiedRate)),
    });
  const L = R.satisfactionLabels;
  blocks.push(
    table('satisfaction', [
      [L.satisfied, s.satisfied],
      [L.basically, s.basically],
      [L.dissatisfied, s.dissatisfied],
    ]),
  );
  return { heading, blocks };
}

/** The tiles the modules add (活动项目进度, 六个一, 学习参与, 整改进度): figures and their table. */
function tileBlocks(d: TDashboard): ReportSection['blocks'] {
  const blocks: ReportSection['blocks'] = [];
  for (const tile of d.tiles) {
    const figures = tile.figures
      .map((f) => `${f.label} ${f.format === 'rate' ? pct(f.value) : f.value}`)
      .join('，');
    blocks.push({ text: figures ? `${tile.title}：${figures}。` : `${tile.title}：` });
    if (tile.table.rows.length)
      blocks.push({
        title: tile.title,
        sheet: tile.title.slice(0, 31),
        columns: tile.table.columns.map((c) => c.title),
        rows: tile.table.rows.map((row) =>
          tile.table.columns.map((c) => {
            const v = row[c.key];
            if (v === null || v === undefined) return R.dash;
            return c.format === 'rate' && typeof v === 'number' ? pct(v) : v;
          }),
        ),
      });
  }
  return blocks;
}

function campaignSection(d: TDashboard, heading: string): ReportSection {
  const c = d.campaign;
  const blocks: ReportSection['blocks'] = [];
  if (!c) blocks.push({ text: R.campaign.none });
  else if (c.state === 'ended') blocks.push({ text: R.campaign.ended(c.name) });
  else blocks.push({ text: R.campaign.line(c.name, c.phase ?? R.campaign.between, c.daysLeft) });
  return { heading, blocks: [...blocks, ...tileBlocks(d)] };
}

function highlightsSection(s: ReportSnapshot, heading: string): ReportSection {
  return {
    heading,
    blocks: [
      { text: s.highlights.length ? R.highlights.line(s.highlights.length) : R.none },
      table(
        'highlights',
        s.highlights.map((h) => [
          h.trackingCode,
          h.category,
          h.orgName ?? R.dash,
          h.signedOffOn,
          h.result,
        ]),
      ),
    ],
  };
}

function behindSection(s: ReportSnapshot, heading: string): ReportSection {
  const d = s.dashboard;
  const m = d.compliance;
  const blocks: ReportSection['blocks'] = [];
  const units =
    m.rate === null ? [] : m.byUnit.filter((u) => u.rate !== null && u.rate < (m.rate as number));
  if (units.length) {
    blocks.push({ text: R.behind.units(units.length, pct(m.rate)) });
    blocks.push(
      table(
        'unitsBehind',
        units.map((u) => [u.orgName, u.cadres, u.met, pct(u.rate)]),
      ),
    );
  } else blocks.push({ text: R.behind.unitsNone });
  if (s.cadresBehindTotal) {
    blocks.push({ text: R.behind.cadres(s.cadresBehindTotal, s.cadresBehind.length) });
    blocks.push(
      table(
        'cadresBehind',
        s.cadresBehind.map((c) => [
          c.cadreName,
          c.orgName,
          c.rank,
          c.leading ? R.yes : R.no,
          c.reasons.join('；'),
        ]),
      ),
    );
  } else blocks.push({ text: R.behind.cadresNone });
  if (d.cases.overdue) {
    blocks.push({ text: R.behind.overdue(d.cases.overdue) });
    blocks.push(table('overdueByUnit', countRows(d.cases.overdueByUnit)));
  } else blocks.push({ text: R.behind.overdueNone });
  if (d.cases.watch.length) {
    blocks.push({ text: R.behind.watch(d.cases.watch.length) });
    blocks.push(
      table(
        'watch',
        d.cases.watch.map((w) => [w.trackingCode, w.orgName ?? R.dash, w.reopened, w.units]),
      ),
    );
  }
  return { heading, blocks };
}

function meta(s: ReportSnapshot): string[] {
  const d = s.dashboard;
  const lines = [R.meta.scope(s.orgName), R.meta.period(d.period.from, d.period.to)];
  if (d.comparison)
    lines.push(R.meta.comparison(d.comparison.label, d.comparison.from, d.comparison.to));
  lines.push(R.meta.generated(s.generatedAt));
  return lines;
}

function monthly(s: ReportSnapshot): ReportContent {
  const d = s.dashboard;
  return {
    title: s.title,
    meta: meta(s),
    sections: [
      { heading: R.tables.keyFigures.title, blocks: [keyFigures(d)] },
      complianceSection(d, R.compliance.heading),
      casesSection(d, R.cases.heading),
      satisfactionSection(d, R.satisfaction.heading),
      campaignSection(d, R.campaign.heading),
      highlightsSection(s, R.highlights.heading),
      behindSection(s, R.behind.heading),
    ],
  };
}

function campaignSummary(s: ReportSnapshot): ReportContent {
  const d = s.dashboard;
  const c = d.campaign;
  const S = R.summary;
  const overview: ReportSection = {
    heading: S.overview,
    blocks: [
      ...(c ? [{ text: S.campaign(c.name, c.startDate, c.endDate, R.state[c.state]) }] : []),
      keyFigures(d),
    ],
  };
  const phases: ReportSection = {
    heading: S.phases,
    blocks: [
      table(
        'phases',
        s.phases.map((p) => [
          p.name,
          p.startDate,
          p.endDate,
          p.received,
          pct(p.onTimeCompletionRate),
          p.overdue,
          p.satisfaction.satisfied,
          p.satisfaction.basically,
          p.satisfaction.dissatisfied,
          pct(p.complianceRate),
        ]),
      ),
    ],
  };
  const cases = casesSection(d, S.cases);
  cases.blocks.push(...satisfactionSection(d, '').blocks);
  return {
    title: s.title,
    meta: meta(s),
    sections: [
      overview,
      phases,
      { heading: S.activities, blocks: tileBlocks(d) },
      complianceSection(d, S.compliance),
      cases,
      highlightsSection(s, S.highlights),
      {
        heading: S.practices,
        blocks: [
          ...(s.practices.length ? [] : [{ text: S.practicesNone }]),
          table(
            'practices',
            s.practices.map((p) => [R.practiceKinds[p.kind] ?? p.kind, p.title, p.note]),
          ),
        ],
      },
      behindSection(s, S.behind),
    ],
  };
}

/** The report's headings, prose and tables, from its snapshot. */
export function contentOf(s: ReportSnapshot): ReportContent {
  return s.kind === 'monthly' ? monthly(s) : campaignSummary(s);
}
