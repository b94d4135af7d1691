import {
  addDays,
  dateTimeInChina,
  monthBounds,
  monthOf,
  todayInChina,
} from '../../../common/dates.ts';
import {
  reportKindLabels,
  type TCampaignSummaryQuery,
  type TMonthlyReportQuery,
  type TReport,
  type TReportFileQuery,
  type TReportFilter,
  type TReportFormat,
  type TReportListQuery,
} from '../../../common/reports.ts';
import type { Config } from '../../config.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type RequestContext, type Role, type Scope, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { reportText as R } from '../../platform/i18n/reports.zh-CN.ts';
import { excelText, labels } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import { listPhases, requireCampaign } from '../campaigns/campaigns.service.ts';
import { publicityHighlights } from '../cases/cases.service.ts';
import { enqueueStaffMail } from '../channels/outbox.service.ts';
import { cadresNotMet } from '../compliance/compliance.service.ts';
import * as goodPractices from '../good-practices/good-practices.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { contentOf, type PhaseFigures, type Practice, type ReportSnapshot } from './content.ts';
import { renderDocx } from './docx.ts';
import { figuresOf } from './figures.ts';
import {
  bureauName,
  findReport,
  insertJobReport,
  insertReport,
  jobReportExists,
  listReports,
  officeAccounts,
  type ReportFilter,
  type ReportInsert,
  type ReportRow,
} from './reports.repo.ts';
import { renderXlsx } from './xlsx.ts';

/** A report file ready to send: its name (the report's title) and bytes. */
export type ReportFile = { fileName: string; format: TReportFormat; body: Buffer };

/** the 报告 page, where the notice and the mail lead */
const REPORTS_PATH = '/reports';
/** the cadres listed by name under 未达标干部 (the count says how many in all) */
const CADRES_LISTED = 100;

async function filterOf(ctx: RequestContext, q: TReportFilter): Promise<ReportFilter> {
  const { orgId, ...rest } = q;
  const orgPath = orgId
    ? (await requireOrgInScope(ctx.db, scopeOf(ctx.actor), orgId)).path
    : undefined;
  return { ...rest, orgPath };
}

export async function list(ctx: RequestContext, q: TReportListQuery) {
  const { page, pageSize, ...filter } = q;
  const { items, total } = await listReports(
    ctx.db,
    scopeOf(ctx.actor),
    await filterOf(ctx, filter),
    pageOf({ page, pageSize }),
  );
  return { items: items as TReport[], total };
}

const EXPORT_LIMIT = 10_000;

/** 报告列表 as a workbook, with the list's filters. */
export async function exportXlsx(ctx: RequestContext, q: TReportFilter): Promise<Buffer> {
  const { items } = await listReports(ctx.db, scopeOf(ctx.actor), await filterOf(ctx, q), {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  const X = excelText.reports;
  const columns: Column<ReportRow>[] = [
    { header: X.columns.title, width: 50, value: (r) => r.title },
    { header: X.columns.kind, width: 10, value: (r) => reportKindLabels[r.kind] },
    { header: X.columns.month, width: 10, value: (r) => r.month ?? '' },
    { header: X.columns.campaign, width: 24, value: (r) => r.campaignName ?? '' },
    { header: X.columns.org, width: 24, value: (r) => r.orgName ?? X.values.bureau },
    { header: X.columns.generatedBy, value: (r) => r.generatedByName ?? X.values.job },
    { header: X.columns.createdAt, width: 18, value: (r) => dateTimeInChina(r.createdAt) },
  ];
  return buildSheet(X.sheet, columns, items);
}

async function render(snapshot: ReportSnapshot, format: TReportFormat): Promise<ReportFile> {
  const content = contentOf(snapshot);
  const body =
    format === 'docx'
      ? await renderDocx(content)
      : await renderXlsx(content, excelText.reports.overviewSheet);
  return { fileName: `${snapshot.title}.${format}`, format, body };
}

/** GET /api/reports/{id}/file: the report as it was made (its snapshot), as Word or Excel. */
export async function file(
  ctx: RequestContext,
  id: string,
  q: TReportFileQuery,
): Promise<ReportFile> {
  const row = await findReport(ctx.db, scopeOf(ctx.actor), id);
  if (!row) throw notFound();
  return render(row.snapshot as ReportSnapshot, q.format);
}

// ---- generating ---------------------------------------------------------------------------

/** The unit a report is of: the one asked for (in scope), else a unit admin's own, else the bureau. */
type Unit = { orgId: string | null; orgPath?: string; orgName: string };

async function unitOf(ctx: RequestContext, orgId: string | undefined): Promise<Unit> {
  const scope = scopeOf(ctx.actor);
  const id = orgId ?? (scope.kind === 'subtree' ? ctx.actor.orgId : null);
  if (id) {
    const org = await requireOrgInScope(ctx.db, scope, id);
    return { orgId: org.id, orgPath: org.path, orgName: org.name };
  }
  return { orgId: null, orgName: (await bureauName(ctx.db)) ?? R.bureau };
}

type Figures = {
  db: DbOrTx;
  scope: Scope;
  role: Role;
  today: string;
  unit: Unit;
  from: string;
  to: string;
  campaignId?: string;
};

/** The dashboard for the period and unit, and the lists it does not carry. */
async function figuresFor(f: Figures) {
  const [dashboard, highlights] = await Promise.all([
    figuresOf(
      f.db,
      f.scope,
      { orgId: f.unit.orgId ?? undefined, from: f.from, to: f.to, campaignId: f.campaignId },
      f.role,
      f.today,
    ),
    publicityHighlights(f.db, f.scope, { orgPath: f.unit.orgPath, from: f.from, to: f.to }),
  ]);
  const behind = await cadresNotMet(
    f.db,
    f.scope,
    { month: dashboard.compliance.month, orgPath: f.unit.orgPath, campaignId: f.campaignId },
    CADRES_LISTED,
  );
  return {
    dashboard,
    highlights,
    cadresBehind: behind.items.map((c) => ({
      cadreName: c.cadreName,
      orgName: c.orgName,
      rank: labels.rank[c.rank],
      leading: c.leading,
      reasons: c.reasons,
    })),
    cadresBehindTotal: behind.total,
  };
}

/** The month's period: the whole month, or up to today for the month under way. */
function monthPeriod(month: string, today: string) {
  const { first, last } = monthBounds(month);
  if (first > today)
    throw new AppError('VALIDATION.reportMonthFuture', { month }, [{ field: 'month' }]);
  return { from: first, to: last < today ? last : today };
}

async function monthlySnapshot(
  db: DbOrTx,
  scope: Scope,
  role: Role,
  unit: Unit,
  month: string,
  today: string,
): Promise<ReportSnapshot> {
  const period = monthPeriod(month, today);
  const figures = await figuresFor({ db, scope, role, today, unit, ...period });
  return {
    kind: 'monthly',
    title: R.title.monthly(unit.orgName, month),
    orgName: unit.orgName,
    month,
    generatedAt: dateTimeInChina(new Date()),
    ...figures,
    phases: [],
    practices: [],
  };
}

/** Records a report made on demand (audited), in one transaction. */
async function record(ctx: RequestContext, row: ReportInsert): Promise<string> {
  return inTransaction(ctx.db, async (tx) => {
    const id = await insertReport(tx, row);
    await audit(tx, ctx, {
      action: 'create',
      entity: 'report',
      entityId: id,
      summary: auditText.report.create(row.title),
      after: { kind: row.kind, title: row.title, month: row.month, orgId: row.orgId },
    });
    return id;
  });
}

/**
 * GET /api/reports/monthly: the month's 月报 of a unit (or the bureau) from today's figures,
 * recorded in the list, as Word or Excel.
 */
export async function monthly(
  ctx: RequestContext,
  q: TMonthlyReportQuery,
  today = todayInChina(),
): Promise<ReportFile> {
  const unit = await unitOf(ctx, q.orgId);
  const snapshot = await monthlySnapshot(
    ctx.db,
    scopeOf(ctx.actor),
    ctx.actor.role,
    unit,
    q.month,
    today,
  );
  await record(ctx, {
    kind: 'monthly',
    title: snapshot.title,
    month: q.month,
    orgId: unit.orgId,
    campaignId: snapshot.dashboard.campaign?.id ?? null,
    snapshot,
    generatedBy: ctx.actor.userId,
  });
  return render(snapshot, q.format);
}

/**
 * The 经验做法 of a campaign for its summary (the office's marks, bureau-wide), each named by what
 * it is (诉求件 / 调研报告 / 心得体会).
 */
async function practicesOf(db: DbOrTx, campaignId: string): Promise<Practice[]> {
  const marked = await goodPractices.practicesOf(db, campaignId);
  return marked.map((p) => ({ kind: p.label, title: p.title, note: p.note }));
}

/**
 * GET /api/reports/campaign-summary: the whole campaign (活动总结) — its figures from its start to
 * its end (or today), each phase's period, the activities' progress and the 经验做法 — recorded
 * in the list, as Word or Excel.
 */
export async function campaignSummary(
  ctx: RequestContext,
  q: TCampaignSummaryQuery,
  today = todayInChina(),
): Promise<ReportFile> {
  const campaign = await requireCampaign(ctx.db, q.campaignId);
  const unit = await unitOf(ctx, q.orgId);
  if (campaign.startDate > today)
    throw new AppError(
      'VALIDATION.reportCampaignNotStarted',
      { name: campaign.name, start: campaign.startDate },
      [{ field: 'campaignId' }],
    );
  const scope = scopeOf(ctx.actor);
  const base = { db: ctx.db, scope, role: ctx.actor.role, today, unit, campaignId: campaign.id };
  const upTo = (d: string) => (d < today ? d : today);
  const { items: phases } = await listPhases(ctx, campaign.id);
  const [whole, practices, ...perPhase] = await Promise.all([
    figuresFor({ ...base, from: campaign.startDate, to: upTo(campaign.endDate) }),
    practicesOf(ctx.db, campaign.id),
    ...phases
      .filter((p) => p.startDate <= today)
      .map(async (p): Promise<PhaseFigures> => {
        const d = await figuresOf(
          ctx.db,
          scope,
          {
            orgId: unit.orgId ?? undefined,
            from: p.startDate,
            to: upTo(p.endDate),
            campaignId: campaign.id,
          },
          ctx.actor.role,
          today,
        );
        return {
          name: p.name,
          startDate: p.startDate,
          endDate: p.endDate,
          received: d.cases.received,
          onTimeCompletionRate: d.cases.onTimeCompletionRate,
          overdue: d.cases.overdue,
          satisfaction: d.cases.satisfaction,
          complianceMonth: d.compliance.month,
          complianceRate: d.compliance.rate,
        };
      }),
  ]);
  const snapshot: ReportSnapshot = {
    kind: 'campaign_summary',
    title: R.title.campaignSummary(unit.orgName, campaign.name),
    orgName: unit.orgName,
    month: null,
    generatedAt: dateTimeInChina(new Date()),
    ...whole,
    phases: perPhase,
    practices,
  };
  await record(ctx, {
    kind: 'campaign_summary',
    title: snapshot.title,
    month: null,
    orgId: unit.orgId,
    campaignId: campaign.id,
    snapshot,
    generatedBy: ctx.actor.userId,
  });
  return render(snapshot, q.format);
}

// ---- the job ------------------------------------------------------------------------------

/**
 * The bureau's 月报 of the month before, made once: hourly, it does nothing when that report
 * exists, else makes it from the figures (the whole bureau, as the office sees it), records it,
 * tells the office accounts in the app and — with a mail relay — queues a mail to those whose
 * cadre has an address (the outbox sends it after the commit, outside the transaction). Two
 * servers may both compute it; the unique index keeps one, and only its writer notifies.
 */
export async function makeLastMonthReport(
  deps: { db: Db; config: Pick<Config, 'mail' | 'publicBaseUrl'> },
  today = todayInChina(),
): Promise<{ month: string; made: boolean }> {
  const { db, config } = deps;
  const month = monthOf(addDays(`${monthOf(today)}-01`, -1));
  if (await jobReportExists(db, 'monthly', month)) return { month, made: false };
  const unit: Unit = { orgId: null, orgName: (await bureauName(db)) ?? R.bureau };
  const snapshot = await monthlySnapshot(db, { kind: 'all' }, 'office', unit, month, today);
  const made = await inTransaction(db, async (tx) => {
    const id = await insertJobReport(tx, {
      kind: 'monthly',
      title: snapshot.title,
      month,
      campaignId: snapshot.dashboard.campaign?.id ?? null,
      snapshot,
    });
    if (!id) return false;
    await audit(
      tx,
      { actor: { userId: null, name: R.jobName }, ip: null },
      {
        action: 'create',
        entity: 'report',
        entityId: id,
        summary: auditText.report.create(snapshot.title),
      },
    );
    const office = await officeAccounts(tx);
    await notify(
      tx,
      office.map((u) => ({
        userId: u.id,
        kind: 'report_ready' as const,
        title: R.notice.title(snapshot.title),
        body: R.notice.body(snapshot.title),
        link: REPORTS_PATH,
        dedupeKey: `report:${id}`,
      })),
    );
    if (config.mail.relayUrl) {
      const link = `${config.publicBaseUrl.replace(/\/+$/, '')}${REPORTS_PATH}`;
      const addresses = [...new Set(office.map((u) => u.email).filter((e): e is string => !!e))];
      await enqueueStaffMail(
        tx,
        addresses.map((recipient) => ({
          recipient,
          subject: R.notice.mailSubject(snapshot.title),
          body: R.notice.mailBody(snapshot.title, link),
        })),
      );
    }
    return true;
  });
  return { month, made };
}
