import { addDays, monthBounds, monthOf, todayInChina } from '../../../common/dates.ts';
import { RANKS } from '../../../common/terms.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type RequestContext, type Scope, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText, labels, complianceText as text } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import { findCadre } from '../cadres/cadres.service.ts';
import {
  campaignForMonth,
  campaignsForMonths,
  findCampaign,
} from '../campaigns/campaigns.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { loadOrgDirectory, requireOrgInScope } from '../orgs/orgs.service.ts';
import { accountsOfCadres } from '../users/users.service.ts';
import {
  type ComplianceQuery,
  type ComplianceRow,
  listCompliance,
  unitRollup,
  visitDays,
} from './compliance.repo.ts';
import type { TComplianceItem, TComplianceQuery } from './compliance.schemas.ts';
import { type CellMonth, type CellUnitRow, complianceCells } from './compliance-cells.repo.ts';

export type CampaignRef = {
  id: string;
  name: string;
  startDate: string;
  reminderDaysBeforeMonthEnd: number;
};

async function campaignFor(
  db: DbOrTx,
  month: string,
  campaignId?: string,
): Promise<CampaignRef | null> {
  const c = campaignId ? await findCampaign(db, campaignId) : await campaignForMonth(db, month);
  return c ?? null;
}

/** Why a cadre did not meet the month's quota, in words. */
export function reasonsOf(r: ComplianceRow): string[] {
  const out: string[] = [];
  if (!r.daysMet) out.push(text.daysShort(r.daysLogged, r.daysRequired));
  if (r.pairedHouseholds < r.minHouseholds)
    out.push(text.householdsFew(r.pairedHouseholds, r.minHouseholds));
  if (r.pairedHouseholds > r.maxHouseholds)
    out.push(text.householdsMany(r.pairedHouseholds, r.maxHouseholds));
  if (!r.poorMet) out.push(text.poorShort(r.poorHouseholdsHelped, r.minPoorHelped));
  return out;
}

/** The one thing to do next, for the cadre's home page. */
export function nextActionOf(r: ComplianceRow): string {
  if (!r.daysMet) return text.nextDays(r.daysRequired - r.daysLogged);
  if (r.pairedHouseholds < r.minHouseholds)
    return text.nextPairMore(r.minHouseholds - r.pairedHouseholds);
  if (r.pairedHouseholds > r.maxHouseholds) return text.nextPairFewer(r.maxHouseholds);
  if (!r.poorMet) return text.nextPoor();
  return text.allMet();
}

const toItem =
  (month: string) =>
  (r: ComplianceRow): TComplianceItem => ({
    cadreId: r.cadreId,
    cadreName: r.cadreName,
    rank: r.rank,
    orgId: r.orgId,
    orgName: r.orgName,
    leading: r.leading,
    month,
    daysLogged: r.daysLogged,
    daysRequired: r.daysRequired,
    pairedHouseholds: r.pairedHouseholds,
    minHouseholds: r.minHouseholds,
    maxHouseholds: r.maxHouseholds,
    poorHouseholdsHelped: r.poorHouseholdsHelped,
    minPoorHelped: r.minPoorHelped,
    met: r.met,
    reasons: reasonsOf(r),
  });

async function queryOf(
  ctx: RequestContext,
  campaign: CampaignRef,
  q: Omit<TComplianceQuery, 'page' | 'pageSize'>,
): Promise<ComplianceQuery> {
  const scope = scopeOf(ctx.actor);
  const orgPath = q.orgId ? (await requireOrgInScope(ctx.db, scope, q.orgId)).path : undefined;
  const { first, last } = monthBounds(q.month);
  return {
    campaignId: campaign.id,
    campaignStart: campaign.startDate,
    first,
    last,
    scope,
    orgPath,
    met: q.met,
    rank: q.rank,
    leadingOnly: q.leadingOnly,
    q: q.q,
  };
}

const campaignRef = (c: CampaignRef | null) => (c ? { id: c.id, name: c.name } : null);

export async function monthly(ctx: RequestContext, q: TComplianceQuery) {
  const campaign = await campaignFor(ctx.db, q.month, q.campaignId);
  if (!campaign) return { items: [], total: 0, campaign: null };
  const { items, total } = await listCompliance(ctx.db, await queryOf(ctx, campaign, q), pageOf(q));
  return { items: items.map(toItem(q.month)), total, campaign: campaignRef(campaign) };
}

const EXPORT_LIMIT = 100_000;

/** The cadre table of the month as a spreadsheet, with the same filters as the list. */
export async function exportXlsx(
  ctx: RequestContext,
  q: Omit<TComplianceQuery, 'page' | 'pageSize'>,
): Promise<Buffer> {
  const campaign = await campaignFor(ctx.db, q.month, q.campaignId);
  const [rows, dir] = await Promise.all([
    campaign
      ? listCompliance(ctx.db, await queryOf(ctx, campaign, q), {
          limit: EXPORT_LIMIT,
          offset: 0,
        }).then((r) => r.items.map(toItem(q.month)))
      : Promise.resolve([] as TComplianceItem[]),
    loadOrgDirectory(ctx.db, scopeOf(ctx.actor)),
  ]);
  const X = excelText.compliance;
  const columns: Column<TComplianceItem>[] = [
    { header: X.columns.cadre, value: (r) => r.cadreName },
    { header: X.columns.leading, width: 10, value: (r) => labels.yesNo[`${r.leading}`] },
    { header: X.columns.rank, width: 8, value: (r) => labels.rank[r.rank] },
    {
      header: X.columns.org,
      width: 40,
      value: (r) => {
        const o = dir.byId.get(r.orgId);
        return o ? dir.fullName(o) : r.orgName;
      },
    },
    { header: X.columns.month, width: 10, value: (r) => r.month },
    { header: X.columns.daysLogged, width: 12, value: (r) => r.daysLogged },
    { header: X.columns.daysRequired, width: 10, value: (r) => r.daysRequired },
    { header: X.columns.pairedHouseholds, width: 10, value: (r) => r.pairedHouseholds },
    {
      header: X.columns.householdRange,
      width: 10,
      value: (r) => `${r.minHouseholds}–${r.maxHouseholds}`,
    },
    { header: X.columns.poorHouseholdsHelped, width: 12, value: (r) => r.poorHouseholdsHelped },
    { header: X.columns.met, width: 10, value: (r) => (r.met ? X.values.met : X.values.notMet) },
    { header: X.columns.reasons, width: 60, value: (r) => r.reasons.join('；') },
  ];
  return buildSheet(X.sheet(q.month), columns, rows);
}

export async function units(
  ctx: RequestContext,
  q: Pick<TComplianceQuery, 'month' | 'orgId' | 'campaignId' | 'leadingOnly'>,
) {
  const campaign = await campaignFor(ctx.db, q.month, q.campaignId);
  const empty = { cadres: 0, met: 0, rate: 0 };
  if (!campaign) return { items: [], total: 0, overall: empty, campaign: null };
  const rows = await unitRollup(ctx.db, await queryOf(ctx, campaign, q));
  const items = rows.map((r) => ({ ...r, rate: r.cadres ? r.met / r.cadres : 0 }));
  const cadres = rows.reduce((n, r) => n + r.cadres, 0);
  const met = rows.reduce((n, r) => n + r.met, 0);
  return {
    items,
    total: items.length,
    overall: { cadres, met, rate: cadres ? met / cadres : 0 },
    campaign: campaignRef(campaign),
  };
}

export async function calendar(
  ctx: RequestContext,
  q: { cadreId: string; from: string; to: string },
) {
  if (q.to < q.from) throw new AppError('VALIDATION.dateRange');
  if (Date.parse(q.to) - Date.parse(q.from) > 400 * 86_400_000)
    throw new AppError('VALIDATION.calendarSpan', { days: 400 });
  if (!(await findCadre(ctx.db, scopeOf(ctx.actor), q.cadreId))) throw new AppError('NOT_FOUND');
  const items = await visitDays(ctx.db, q.cadreId, q.from, q.to);
  return { items, total: items.length };
}

/** The logged-in cadre's month: "2 of 3 days, 4 households, 1 poor household helped" and what next. */
export async function myMonth(ctx: RequestContext, monthParam?: string) {
  const month = monthParam ?? monthOf(todayInChina());
  const campaign = await campaignFor(ctx.db, month);
  const none = { month, campaign: campaignRef(campaign), progress: null, nextAction: null };
  if (!campaign || !ctx.actor.cadreId) return none;
  const { first, last } = monthBounds(month);
  const { items } = await listCompliance(
    ctx.db,
    {
      campaignId: campaign.id,
      campaignStart: campaign.startDate,
      first,
      last,
      scope: { kind: 'all' },
      cadreId: ctx.actor.cadreId,
    },
    { limit: 1, offset: 0 },
  );
  const row = items[0];
  if (!row) return none;
  return { ...none, progress: toItem(month)(row), nextAction: nextActionOf(row) };
}

/**
 * Reminds every cadre behind the month's quota (in-app notification to the cadre's account),
 * once per cadre and month. `force` sends on any day; otherwise only on the campaign's reminder
 * day (N days before month end).
 */
export async function sendReminders(
  db: Db,
  opts: {
    today?: string;
    month?: string;
    force?: boolean;
    actor?: RequestContext['actor'] | null;
    ip?: string | null;
  },
): Promise<{ month: string; behind: number; notified: number }> {
  const today = opts.today ?? todayInChina();
  const month = opts.month ?? monthOf(today);
  const campaign = await campaignFor(db, month);
  if (!campaign) return { month, behind: 0, notified: 0 };
  const { first, last } = monthBounds(month);
  const reminderDay = addDays(last, -campaign.reminderDaysBeforeMonthEnd);
  if (!opts.force && today !== reminderDay) return { month, behind: 0, notified: 0 };
  const { items } = await listCompliance(
    db,
    {
      campaignId: campaign.id,
      campaignStart: campaign.startDate,
      first,
      last,
      scope: { kind: 'all' },
      met: false,
    },
    { limit: 100_000, offset: 0 },
  );
  const accounts = await accountsOfCadres(
    db,
    items.map((r) => r.cadreId),
  );
  const byCadre = new Map(items.map((r) => [r.cadreId, r]));
  const notified = await inTransaction(db, async (tx) => {
    const n = await notify(
      tx,
      accounts.flatMap((a) => {
        const row = a.cadreId ? byCadre.get(a.cadreId) : undefined;
        if (!row) return [];
        return [
          {
            userId: a.userId,
            kind: 'quota_reminder' as const,
            title: text.reminderTitle(month),
            body: text.reminderBody(reasonsOf(row)),
            link: '/my',
            dedupeKey: `quota-reminder:${month}`,
          },
        ];
      }),
    );
    await audit(
      tx,
      { actor: opts.actor ?? null, ip: opts.ip ?? null },
      {
        action: 'create',
        entity: 'notification',
        entityId: null,
        summary: auditText.compliance.reminders(month, items.length, n),
      },
    );
    return n;
  });
  return { month, behind: items.length, notified };
}

export type MonthFigures = {
  campaign: { id: string; name: string };
  cadres: number;
  met: number;
  leading: { cadres: number; met: number };
  byRank: { rank: 'county' | 'section' | 'other'; cadres: number; met: number }[];
  /** per unit right below `parentPath` with cadres listed ('' = the parent unit itself) */
  byUnit: { key: string; name: string | null; cadres: number; met: number }[];
};

/**
 * The dashboard's compliance figures of several months (server/modules/dashboard): each month with
 * its campaign's rules (`campaignId`, else the active campaign covering it) — overall, leading
 * cadres, per rank and per unit right below `parentPath`, each count the compliance list's total
 * with the same month, unit, `leadingOnly` or `rank` (dashboard.test.ts checks it). Read from the
 * cells kept per campaign, month and unit (compliance-cells.repo.ts). Null for a month no campaign
 * covers.
 */
export async function monthFigures(
  db: DbOrTx,
  scope: Scope,
  q: {
    /** each month with its campaign when the caller has it (no read), else the covering one */
    months: { month: string; campaign?: CampaignRef }[];
    orgPath?: string;
    parentPath: string;
    /** the months (indexes in `months`) to break down by unit (`byUnit`); default all */
    byUnit?: number[];
  },
): Promise<(MonthFigures | null)[]> {
  const covering = await campaignsForMonths(
    db,
    q.months.filter((m) => !m.campaign).map((m) => m.month),
  );
  let next = 0;
  const campaigns = q.months.map((m) => m.campaign ?? covering[next++] ?? null);
  // each (campaign, month) read once
  const asked: CellMonth[] = [];
  const index = q.months.map((m, i) => {
    const c = campaigns[i];
    if (!c) return -1;
    const { first, last } = monthBounds(m.month);
    const at = asked.findIndex((a) => a.campaignId === c.id && a.first === first);
    if (at >= 0) return at;
    asked.push({ first, last, campaignId: c.id, campaignStart: c.startDate });
    return asked.length - 1;
  });
  const detailed = [
    ...new Set(
      (q.byUnit ?? q.months.map((_, i) => i)).flatMap((i) =>
        (index[i] ?? -1) >= 0 ? [index[i] as number] : [],
      ),
    ),
  ];
  const rows = await complianceCells(db, {
    months: asked,
    scope,
    orgPath: q.orgPath,
    parentPath: q.parentPath,
    detailed,
  });
  return index.map((at, i) => {
    const c = campaigns[i];
    if (at < 0 || !c) return null;
    const units = rows.filter((r) => r.i === at);
    const sum = (pick: (r: CellUnitRow) => { cadres: number; met: number }) =>
      units.reduce((t, r) => ({ cadres: t.cadres + pick(r).cadres, met: t.met + pick(r).met }), {
        cadres: 0,
        met: 0,
      });
    return {
      campaign: { id: c.id, name: c.name },
      ...sum((r) => r),
      leading: sum((r) => r.leading),
      byRank: RANKS.map((rank) => ({ rank, ...sum((r) => r.byRank[rank]) })).filter(
        (r) => r.cadres > 0,
      ),
      byUnit: units.flatMap((r) =>
        r.unit !== null && r.cadres > 0
          ? [{ key: r.unit, name: r.name, cadres: r.cadres, met: r.met }]
          : [],
      ),
    };
  });
}

/**
 * The cadres below the month's quota in `scope` (and the unit `orgPath`), for the 月报's 存在的问题:
 * the first `limit` in the list's order and how many in all. Without a request (the monthly job).
 */
export async function cadresNotMet(
  db: DbOrTx,
  scope: Scope,
  q: { month: string; orgPath?: string; campaignId?: string },
  limit = 100,
): Promise<{ items: TComplianceItem[]; total: number }> {
  const campaign = await campaignFor(db, q.month, q.campaignId);
  if (!campaign) return { items: [], total: 0 };
  const { first, last } = monthBounds(q.month);
  const { items, total } = await listCompliance(
    db,
    {
      campaignId: campaign.id,
      campaignStart: campaign.startDate,
      first,
      last,
      scope,
      orgPath: q.orgPath,
      met: false,
    },
    { limit, offset: 0 },
  );
  return { items: items.map(toItem(q.month)), total };
}
