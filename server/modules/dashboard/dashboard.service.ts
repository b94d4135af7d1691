import { campaignState } from '../../../common/campaigns.ts';
import {
  CASE_CHANNELS,
  CASE_RATINGS,
  CASE_STATUSES,
  caseChannelLabels,
  caseStatusLabels,
  type TCaseStatus,
} from '../../../common/cases.ts';
import type { TCountRow } from '../../../common/dashboard.ts';
import { addDays, addYears, daysBetween, monthOf, todayInChina } from '../../../common/dates.ts';
import { RANKS } from '../../../common/org.ts';
import type { DbOrTx } from '../../db/client.ts';
import { type RequestContext, type Role, type Scope, scopeOf } from '../../platform/access.ts';
import { type DashboardFilter, dashboardTiles } from '../../platform/dashboard.ts';
import {
  buildWorkbook,
  type Column,
  type WorkbookSheet,
  workbookSheet,
} from '../../platform/excel.ts';
import { dashboardText, excelText, labels } from '../../platform/i18n/zh-CN.ts';
import { campaignOnDay } from '../campaigns/campaigns.service.ts';
import { type CaseStatsRow, caseCategories, caseStats } from '../cases/cases.service.ts';
import { type MonthFigures, monthFigures } from '../compliance/compliance.service.ts';
import { listRootOrgs, requireUnitInScope } from '../orgs/orgs.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import type {
  TDashboard,
  TDashboardCases,
  TDashboardCompliance,
  TDashboardQuery,
  TFigureLink,
} from './dashboard.schemas.ts';

/** The rules of the dashboard an admin sets (系统设置). */
const DASHBOARD_SETTINGS = [
  'dashboard.watchReopened',
  'dashboard.watchUnits',
  'dashboard.trendMonths',
] as const;

/** The admin list pages the figures open (their query keys are the list APIs' query names). */
export const CASES_PATH = '/cases';
export const COMPLIANCE_PATH = '/compliance';

type Unit = { id: string; name: string; path: string };

const rate = (n: number, d: number) => (d > 0 ? n / d : null);
const linkTo = (path: string, query: Record<string, string | undefined>): TFigureLink => ({
  path,
  query: Object.fromEntries(
    Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined),
  ),
});

/** The months of the trend: the `count` months up to and including `month`. */
function monthsUpTo(month: string, count: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/**
 * The unit whose sub-units the tables show when none is asked for: a unit-bound reader's own (the
 * last id of its path), the bureau for the bureau-wide roles when there is one top-level unit.
 */
async function scopeUnit(db: DbOrTx, scope: Scope): Promise<Unit | null> {
  if (scope.kind === 'all') {
    const roots = await listRootOrgs(db);
    return roots.length === 1 ? (roots[0] as Unit) : null;
  }
  const id = scope.path.split('/').filter(Boolean).at(-1);
  if (!id) return null;
  return requireUnitInScope(db, scope, id).catch(() => null);
}

/** One row of a unit table: a unit below the parent, the parent itself ('') or none (null). */
function unitRow(
  r: { key: string | null; name: string | null; n: number },
  parent: Unit | null,
  link: (orgId: string) => TFigureLink,
): TCountRow {
  if (r.key === null)
    return { key: 'none', label: dashboardText.unassigned, value: r.n, link: null };
  if (r.key === '' || r.key === parent?.id) {
    // the parent unit's own cases: its list would show the units below it too
    const name = parent?.name ?? '';
    return { key: parent?.id ?? '', label: dashboardText.ownUnit(name), value: r.n, link: null };
  }
  return { key: r.key, label: r.name ?? r.key, value: r.n, link: link(r.key) };
}

function casesOf(
  s: CaseStatsRow,
  previous: CaseStatsRow | null,
  base: Record<string, string | undefined>,
  parent: Unit | null,
  received: { week: string; fourWeeks: string; year: string; to: string },
): TDashboardCases {
  const link = (q: Record<string, string | undefined>) => linkTo(CASES_PATH, { ...base, ...q });
  const byStatus = Object.fromEntries(
    CASE_STATUSES.filter((k) => s.byStatus[k]).map((k) => [k, s.byStatus[k] as number]),
  ) as Partial<Record<TCaseStatus, number>>;
  const byChannel = Object.fromEntries(
    CASE_CHANNELS.filter((k) => s.byChannel[k]).map((k) => [k, s.byChannel[k] as number]),
  );
  const rated = (x: CaseStatsRow) => x.satisfied + x.basically + x.dissatisfied;
  return {
    received: s.received,
    receivedWeek: s.receivedWeek,
    received4Weeks: s.received4Weeks,
    receivedYear: s.receivedYear,
    byStatus,
    byChannel,
    statusRows: CASE_STATUSES.map((k) => ({
      key: k,
      label: caseStatusLabels[k],
      value: s.byStatus[k] ?? 0,
      link: link({ status: k }),
    })),
    channelRows: CASE_CHANNELS.map((k) => ({
      key: k,
      label: caseChannelLabels[k],
      value: s.byChannel[k] ?? 0,
      link: link({ channel: k }),
    })),
    categoryRows: (s.byCategory ?? []).map((r) => ({
      key: r.key as string,
      label: r.name ?? '',
      value: r.n,
      link: link({ categoryId: r.key as string }),
    })),
    unitRows: (s.byUnit ?? []).map((r) => unitRow(r, parent, (orgId) => link({ orgId }))),
    onTimeAcceptanceRate: rate(s.acceptOnTime, s.acceptDue),
    onTimeCompletionRate: rate(s.completionOnTime, s.completionDue),
    avgDaysToFirstAction: s.avgDaysToFirstAction,
    avgDaysToAnswer: s.avgDaysToAnswer,
    overdue: s.overdue,
    overdueByUnit: (s.overdueByUnit ?? []).map((r) =>
      unitRow(r, parent, (orgId) => link({ orgId, overdue: 'true' })),
    ),
    reopenedRate: rate(s.reopened, s.answered),
    satisfaction: { satisfied: s.satisfied, basically: s.basically, dissatisfied: s.dissatisfied },
    watch: s.watch ?? [],
    previous: previous
      ? {
          received: previous.received,
          onTimeCompletionRate: rate(previous.completionOnTime, previous.completionDue),
          satisfiedRate: rate(previous.satisfied + previous.basically, rated(previous)),
          overdue: previous.overdue,
        }
      : null,
    links: {
      received: link({}),
      receivedWeek: link({ from: received.week, to: received.to }),
      received4Weeks: link({ from: received.fourWeeks, to: received.to }),
      receivedYear: link({ from: received.year, to: received.to }),
      overdue: link({ overdue: 'true' }),
      ...Object.fromEntries(CASE_RATINGS.map((k) => [k, link({ rating: k })])),
    },
  };
}

type MonthSummary = MonthFigures | null;

type MonthTotals = { cadres: number; met: number } | null;

function complianceOf(
  month: string,
  s: MonthSummary,
  trend: MonthTotals[],
  months: string[],
  previous: { month: string; summary: MonthTotals } | null,
  base: Record<string, string | undefined>,
  parent: Unit | null,
): TDashboardCompliance {
  const link = (q: Record<string, string | undefined>) =>
    linkTo(COMPLIANCE_PATH, { month, ...base, ...q });
  const figure = (f: { cadres: number; met: number } | null | undefined) => ({
    cadres: f?.cadres ?? 0,
    met: f?.met ?? 0,
    rate: f ? rate(f.met, f.cadres) : null,
  });
  const ranks = new Map((s?.byRank ?? []).map((r) => [r.rank, r]));
  return {
    month,
    ...figure(s),
    leading: figure(s?.leading),
    trend: months.map((m, i) => ({ month: m, ...figure(trend[i]) })),
    byUnit: (s?.byUnit ?? []).map((u) => {
      const own = u.key === '' || u.key === parent?.id;
      const orgId = own ? (parent?.id ?? u.key) : u.key;
      return {
        orgId,
        orgName: own ? dashboardText.ownUnit(parent?.name ?? '') : (u.name ?? ''),
        ...figure(u),
        link: link({ orgId }),
      };
    }),
    byRank: RANKS.filter((r) => ranks.has(r)).map((r) => ({
      rank: r,
      label: labels.rank[r],
      ...figure(ranks.get(r)),
      link: link({ rank: r }),
    })),
    previous:
      previous?.summary && previous.summary.cadres > 0
        ? { month: previous.month, ...figure(previous.summary) }
        : null,
    link: link({ met: 'false' }),
    links: {
      cadres: link({}),
      met: link({ met: 'true' }),
      notMet: link({ met: 'false' }),
      leading: link({ leadingOnly: 'true' }),
    },
  };
}

export type DashboardOptions = {
  /** the reader's role: tiles for other roles are left out (all tiles when absent) */
  role?: Role;
  /** today in China (tests fix it) */
  today?: string;
};

/**
 * The dashboard for a scope — the bureau is `{ kind: 'all' }` — without a request: the monthly
 * report builds on it. An `orgId` outside the scope is a 404; figures count the scope and that
 * unit (and the units below it) only.
 */
export async function computeDashboard(
  db: DbOrTx,
  scope: Scope,
  query: TDashboardQuery,
  options: DashboardOptions = {},
): Promise<TDashboard> {
  const today = options.today ?? todayInChina();
  const to = query.to ?? today;
  const [unit, found, rules] = await Promise.all([
    query.orgId ? requireUnitInScope(db, scope, query.orgId) : Promise.resolve(null),
    campaignOnDay(db, to, query.campaignId),
    getSettings(db, DASHBOARD_SETTINGS),
  ]);
  const campaign = found?.campaign ?? null;
  const yearStart = `${to.slice(0, 4)}-01-01`;
  const from =
    query.from ?? (campaign && campaign.startDate <= to ? campaign.startDate : yearStart);
  const parent: Unit | null = unit ?? (await scopeUnit(db, scope));
  const parentPath = parent?.path ?? (scope.kind === 'subtree' ? scope.path : '/');
  const orgPath = unit?.path;
  const month = monthOf(to);

  // 上一活动同期 (the same days counted from the previous campaign's start), else 去年同期
  const prev = found?.previous;
  const comparison =
    campaign && prev
      ? {
          from: addDays(prev.startDate, daysBetween(campaign.startDate, from)),
          // the same days of the previous campaign, not past its end
          to: [
            addDays(prev.startDate, daysBetween(campaign.startDate, to)),
            prev.endDate,
          ].sort()[0] as string,
          label: dashboardText.comparison.previousCampaign,
          campaign: prev,
        }
      : {
          from: addYears(from, -1),
          to: addYears(to, -1),
          label: dashboardText.comparison.previousYear,
          campaign: undefined,
        };
  const caseQuery = (period: { from: string; to: string }) => ({
    watch: { reopened: rules['dashboard.watchReopened'], units: rules['dashboard.watchUnits'] },
    from: period.from,
    to: period.to,
    orgPath,
    today,
    parentPath,
    weekFrom: addDays(period.to, -6),
    fourWeeksFrom: addDays(period.to, -27),
    yearFrom: `${period.to.slice(0, 4)}-01-01`,
  });
  const months = monthsUpTo(month, rules['dashboard.trendMonths']);
  const previousMonth = monthOf(comparison.to);
  const filter: DashboardFilter = {
    from,
    to,
    orgId: unit?.id ?? null,
    orgPath: unit?.path ?? null,
    campaignId: campaign?.id ?? null,
    campaign,
    month,
    today,
  };
  const tiles = dashboardTiles().filter(
    (t) => !t.roles || !options.role || t.roles.includes(options.role),
  );
  // the trend's months (the last is the month shown in full) and the comparison month: one read of
  // the kept compliance cells (docs/performance.md, "Dashboard")
  const categories = caseCategories(db);
  const [cases, previousCases, figures, tileResults] = await Promise.all([
    caseStats(db, scope, caseQuery({ from, to }), categories),
    // the comparison shows received, on-time, satisfaction and overdue only
    caseStats(db, scope, { ...caseQuery(comparison), brief: true }, categories),
    monthFigures(db, scope, {
      months: [
        // the campaign asked for, else each month's own; the comparison's: the previous campaign
        ...months.map((m) => ({
          month: m,
          campaign: (query.campaignId ? campaign : null) ?? undefined,
        })),
        { month: previousMonth, campaign: comparison.campaign ?? undefined },
      ],
      orgPath,
      parentPath,
      // the tables by unit are the month's
      byUnit: [months.length - 1],
    }),
    Promise.all(tiles.map((t) => t.compute(db, scope, filter))),
  ]);
  const totalsOf = (f: MonthFigures | null | undefined) =>
    f && f.cadres > 0 ? { cadres: f.cadres, met: f.met } : null;
  const summary = figures[months.length - 1] ?? null;
  const trend = figures.slice(0, months.length).map(totalsOf);
  const previousSummary = totalsOf(figures[months.length]);
  // each section compares only with a period that has its data; none at all: no comparison
  const casesBefore = previousCases.received > 0;
  const complianceBefore = (previousSummary?.cadres ?? 0) > 0;
  const hasPrevious = casesBefore || complianceBefore;
  const caseBase = { from, to, orgId: unit?.id };
  const complianceBase = { orgId: unit?.id, campaignId: query.campaignId };
  return {
    period: { from, to },
    comparison: hasPrevious
      ? { from: comparison.from, to: comparison.to, label: comparison.label }
      : null,
    orgId: unit?.id ?? null,
    campaign: campaign
      ? {
          id: campaign.id,
          name: campaign.name,
          phase: found?.phase?.name ?? null,
          daysLeft: Math.max(0, daysBetween(to, campaign.endDate)),
          startDate: campaign.startDate,
          endDate: campaign.endDate,
          state: campaignState(campaign, today),
        }
      : null,
    cases: casesOf(cases, casesBefore ? previousCases : null, caseBase, parent, {
      week: addDays(to, -6),
      fourWeeks: addDays(to, -27),
      year: yearStart,
      to,
    }),
    compliance: complianceOf(
      month,
      summary,
      trend,
      months,
      complianceBefore ? { month: previousMonth, summary: previousSummary } : null,
      complianceBase,
      parent,
    ),
    tiles: tileResults.filter((t) => t !== null),
  };
}

/** GET /api/dashboard: the reader's scope (a unit admin's unit and below). */
export function dashboard(ctx: RequestContext, query: TDashboardQuery): Promise<TDashboard> {
  return computeDashboard(ctx.db, scopeOf(ctx.actor), query, { role: ctx.actor.role });
}

type FigureRow = { figure: string; value: string | number | null };
type Row = Record<string, string | number | null>;

/** A rate as a percentage with one decimal (the page shows the same), '' when there is none. */
const percent = (r: number | null) => (r === null ? '' : `${Math.round(r * 1000) / 10}%`);
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/**
 * GET /api/dashboard/export: the dashboard's tables, one sheet each (the figures, cases by status,
 * channel, category and unit, the watch list, compliance by month, unit and rank, then every
 * tile's table), with the same query and scope as the page.
 */
export async function exportXlsx(ctx: RequestContext, query: TDashboardQuery): Promise<Buffer> {
  const d = await dashboard(ctx, query);
  const X = excelText.dashboard;
  const F = X.figures;
  const c = d.cases;
  const m = d.compliance;
  const figures: FigureRow[] = [
    { figure: F.period, value: `${d.period.from} – ${d.period.to}` },
    {
      figure: F.comparison,
      value: d.comparison ? `${d.comparison.label} ${d.comparison.from} – ${d.comparison.to}` : '',
    },
    { figure: F.campaign, value: d.campaign?.name ?? '' },
    { figure: F.phase, value: d.campaign?.phase ?? '' },
    { figure: F.daysLeft, value: d.campaign?.daysLeft ?? null },
    { figure: F.received, value: c.received },
    { figure: F.receivedWeek, value: c.receivedWeek },
    { figure: F.received4Weeks, value: c.received4Weeks },
    { figure: F.receivedYear, value: c.receivedYear },
    { figure: F.overdue, value: c.overdue },
    { figure: F.onTimeAcceptanceRate, value: percent(c.onTimeAcceptanceRate) },
    { figure: F.onTimeCompletionRate, value: percent(c.onTimeCompletionRate) },
    { figure: F.avgDaysToFirstAction, value: round1(c.avgDaysToFirstAction) },
    { figure: F.avgDaysToAnswer, value: round1(c.avgDaysToAnswer) },
    { figure: F.reopenedRate, value: percent(c.reopenedRate) },
    { figure: F.satisfied, value: c.satisfaction.satisfied },
    { figure: F.basically, value: c.satisfaction.basically },
    { figure: F.dissatisfied, value: c.satisfaction.dissatisfied },
    { figure: F.complianceMonth, value: m.month },
    { figure: F.cadres, value: m.cadres },
    { figure: F.met, value: m.met },
    { figure: F.rate, value: percent(m.rate) },
    { figure: F.leadingCadres, value: m.leading.cadres },
    { figure: F.leadingMet, value: m.leading.met },
  ];
  const countSheet = (name: string, rows: TCountRow[], header: string = X.columns.key) =>
    workbookSheet<TCountRow>(
      name,
      [
        { header, width: 30, value: (r) => r.label },
        { header: X.columns.count, width: 10, value: (r) => r.value },
      ],
      rows,
    );
  const complianceSheet = <T extends { cadres: number; met: number; rate: number | null }>(
    name: string,
    first: Column<T>,
    rows: T[],
  ) =>
    workbookSheet<T>(
      name,
      [
        first,
        { header: X.columns.cadres, width: 10, value: (r) => r.cadres },
        { header: X.columns.met, width: 10, value: (r) => r.met },
        { header: X.columns.rate, width: 10, value: (r) => percent(r.rate) },
      ],
      rows,
    );
  const sheets: WorkbookSheet[] = [
    workbookSheet<FigureRow>(
      X.sheets.summary,
      [
        { header: X.columns.figure, width: 30, value: (r) => r.figure },
        { header: X.columns.value, width: 30, value: (r) => r.value },
      ],
      figures,
    ),
    countSheet(X.sheets.status, c.statusRows),
    countSheet(X.sheets.channel, c.channelRows),
    countSheet(X.sheets.category, c.categoryRows),
    countSheet(X.sheets.unit, c.unitRows, X.columns.org),
    countSheet(X.sheets.overdueByUnit, c.overdueByUnit, X.columns.org),
    workbookSheet<Watch>(
      X.sheets.watch,
      [
        { header: X.columns.trackingCode, width: 14, value: (r) => r.trackingCode },
        { header: X.columns.org, width: 30, value: (r) => r.orgName },
        { header: X.columns.reopened, width: 14, value: (r) => r.reopened },
        { header: X.columns.units, width: 12, value: (r) => r.units },
      ],
      c.watch,
    ),
    complianceSheet(
      X.sheets.trend,
      { header: X.columns.month, width: 10, value: (r) => r.month },
      m.trend,
    ),
    complianceSheet(
      X.sheets.complianceByUnit,
      { header: X.columns.org, width: 30, value: (r) => r.orgName },
      m.byUnit,
    ),
    complianceSheet(
      X.sheets.complianceByRank,
      { header: X.columns.rank, width: 10, value: (r) => r.label },
      m.byRank,
    ),
    ...d.tiles.map((t) =>
      workbookSheet<Row>(
        t.title,
        t.table.columns.map((col) => ({
          header: col.title,
          width: col.format === 'text' ? 30 : 12,
          value: (r) => {
            const v = r[col.key] ?? null;
            return col.format === 'rate' && typeof v === 'number' ? percent(v) : v;
          },
        })),
        t.table.rows,
      ),
    ),
  ];
  return buildWorkbook(sheets);
}

type Watch = TDashboardCases['watch'][number];
