import type {
  TAssignment,
  TAssignmentCreate,
  TAssignmentFilter,
  TBoard,
  TBoardQuery,
  TReport,
  TReportCreate,
} from '../../../common/campaigns.ts';
import { todayInChina } from '../../../common/dates.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type RequestContext, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { column, type DashboardTile, figure, tileLinks } from '../../platform/dashboard.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { dashboardText, excelText, labels } from '../../platform/i18n/zh-CN.ts';
import { pageOf, splitPage } from '../../platform/paging.ts';
import { claim, listOf } from '../attachments/attachments.service.ts';
import { type NewNotification, notify } from '../notifications/notifications.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import {
  type ActivityProgressRow,
  type AssignmentFilter,
  activeUsersOfRoles,
  activityProgress,
  assignmentStructure,
  boardRows,
  countReports,
  deleteAssignment,
  existingAssignments,
  findAssignment,
  findReportInScope,
  insertAssignments,
  insertReport,
  leadingCadreCounts,
  listAssignments,
  listOverdueAssignments,
  listReports as listReportRows,
  updateAssignment,
} from './assignments.repo.ts';
import { findActivity, listActivities } from './campaigns.repo.ts';
import { requireCampaign } from './campaigns.service.ts';

export const REPORT_OWNER = 'assignment_report';

type Row = Awaited<ReturnType<typeof listAssignments>>['items'][number];
const toAssignment = ({ orgPath: _p, campaignStatus: _s, ...a }: Row): TAssignment => a;

async function repoFilter(ctx: RequestContext, f: TAssignmentFilter): Promise<AssignmentFilter> {
  const { orgId, ...rest } = f;
  if (!orgId) return rest;
  const org = await requireOrgInScope(ctx.db, scopeOf(ctx.actor), orgId);
  return { ...rest, orgPath: org.path };
}

export async function list(
  ctx: RequestContext,
  query: TAssignmentFilter & { page: number; pageSize: number },
  today = todayInChina(),
) {
  const { filter, page } = splitPage(query);
  const where = await repoFilter(ctx, filter);
  const { items, total } = await listAssignments(ctx.db, scopeOf(ctx.actor), where, page, today);
  return { items: items.map(toAssignment), total };
}

const EXPORT_LIMIT = 100_000;

/** The assignment list with the current filters as an Excel sheet (任务分解表). */
export async function exportXlsx(
  ctx: RequestContext,
  filter: TAssignmentFilter,
  today = todayInChina(),
): Promise<Buffer> {
  const { items } = await listAssignments(
    ctx.db,
    scopeOf(ctx.actor),
    await repoFilter(ctx, filter),
    { limit: EXPORT_LIMIT, offset: 0 },
    today,
  );
  const X = excelText.assignments;
  return buildSheet(
    X.sheet,
    [
      { header: X.columns.campaign, width: 24, value: (a) => a.campaignName },
      { header: X.columns.activityNumber, width: 6, value: (a) => a.activityNumber },
      { header: X.columns.activity, width: 40, value: (a) => a.activityTitle },
      { header: X.columns.org, width: 24, value: (a) => a.orgName },
      { header: X.columns.deadline, width: 12, value: (a) => a.deadline },
      { header: X.columns.percent, width: 12, value: (a) => a.percent },
      { header: X.columns.status, width: 10, value: (a) => X.values.status[a.status] },
      {
        header: X.columns.overdue,
        width: 10,
        value: (a) => (a.overdue ? X.values.overdue : labels.yesNo.false),
      },
      {
        header: X.columns.lastReportAt,
        width: 20,
        value: (a) => (a.lastReportAt ? todayInChina(a.lastReportAt) : ''),
      },
    ],
    items,
  );
}

async function requireAssignment(db: DbOrTx, ctx: RequestContext, id: string, today: string) {
  const row = await findAssignment(db, scopeOf(ctx.actor), id, today);
  if (!row) throw notFound();
  return row;
}

export async function get(ctx: RequestContext, id: string, today = todayInChina()) {
  return toAssignment(await requireAssignment(ctx.db, ctx, id, today));
}

/** Unit admins responsible for a unit: those of the unit itself or of a unit above it. */
async function unitAdminsByOrgPath(db: DbOrTx) {
  const admins = await activeUsersOfRoles(db, ['unit_admin']);
  return (orgPath: string) =>
    admins.filter((u) => u.orgPath !== null && orgPath.startsWith(u.orgPath)).map((u) => u.id);
}

/**
 * Assigns an activity to units with a deadline (任务分解). A unit that already has the activity
 * keeps its assignment and progress and gets the new deadline. The units' admins are notified.
 */
export async function assign(
  ctx: RequestContext,
  input: TAssignmentCreate,
  today = todayInChina(),
): Promise<{ items: TAssignment[]; created: number; updated: number }> {
  const scope = scopeOf(ctx.actor);
  const orgIds = [...new Set(input.orgIds)];
  const ids = await inTransaction(ctx.db, async (tx) => {
    const activity = await findActivity(tx, input.activityId);
    if (!activity) throw new AppError('NOT_FOUND.activity', {}, [{ field: 'activityId' }]);
    const campaign = await requireCampaign(tx, activity.campaignId);
    if (campaign.status === 'closed') throw new AppError('CAMPAIGN_CLOSED');
    const units = [];
    for (const orgId of orgIds) units.push(await requireOrgInScope(tx, scope, orgId));
    const existing = await existingAssignments(tx, activity.id, orgIds);
    const existingOrgs = new Set(existing.map((a) => a.orgId));
    for (const a of existing) {
      if (a.deadline !== input.deadline)
        await updateAssignment(tx, a.id, { deadline: input.deadline });
    }
    const inserted = await insertAssignments(
      tx,
      orgIds
        .filter((id) => !existingOrgs.has(id))
        .map((orgId) => ({ activityId: activity.id, orgId, deadline: input.deadline })),
    );
    await audit(tx, ctx, {
      action: 'create',
      entity: 'assignment',
      entityId: activity.id,
      summary: auditText.assignment.create(
        activity.number,
        activity.title,
        units.map((u) => u.name),
        input.deadline,
      ),
      after: {
        activityId: activity.id,
        deadline: input.deadline,
        created: inserted.map((a) => a.orgId),
        updated: existing.map((a) => a.orgId),
      },
    });
    const adminsOf = await unitAdminsByOrgPath(tx);
    const notes: NewNotification[] = [];
    for (const a of inserted) {
      const unit = units.find((u) => u.id === a.orgId);
      if (!unit) continue;
      for (const userId of adminsOf(unit.path))
        notes.push({
          userId,
          kind: 'info',
          title: `新任务：${activity.title}`,
          body: `活动「${campaign.name}」的活动项目 ${activity.number}「${activity.title}」已分解到${unit.name}，请于 ${input.deadline} 前完成并填报进展。`,
          link: '/assignments',
          dedupeKey: `assignment-assigned:${a.id}`,
        });
    }
    await notify(tx, notes);
    return {
      ids: [...inserted.map((a) => a.id), ...existing.map((a) => a.id)],
      created: inserted.length,
      updated: existing.length,
    };
  });
  const items = [];
  for (const id of ids.ids) items.push(await get(ctx, id, today));
  return { items, created: ids.created, updated: ids.updated };
}

export async function updateDeadline(
  ctx: RequestContext,
  id: string,
  deadline: string,
  today = todayInChina(),
) {
  await inTransaction(ctx.db, async (tx) => {
    const before = await requireAssignment(tx, ctx, id, today);
    await updateAssignment(tx, id, { deadline });
    await audit(tx, ctx, {
      action: 'update',
      entity: 'assignment',
      entityId: id,
      summary: auditText.assignment.deadline(
        before.orgName,
        before.activityTitle,
        before.deadline,
        deadline,
      ),
      before: { deadline: before.deadline },
      after: { deadline },
    });
  });
  return get(ctx, id, today);
}

export async function remove(ctx: RequestContext, id: string, today = todayInChina()) {
  await inTransaction(ctx.db, async (tx) => {
    const before = await requireAssignment(tx, ctx, id, today);
    const n = await countReports(tx, id);
    if (n > 0)
      throw new AppError('ASSIGNMENT_HAS_REPORTS.count', {
        org: before.orgName,
        title: before.activityTitle,
        count: n,
      });
    await deleteAssignment(tx, id);
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'assignment',
      entityId: id,
      summary: auditText.assignment.delete(before.orgName, before.activityTitle),
      before: toAssignment(before),
    });
  });
}

// ---- progress reports (进展报告) ------------------------------------------------------------

/**
 * A unit admin of the unit (or of a unit above it) reports progress: text, percent and
 * attachments uploaded beforehand. The assignment keeps the latest percent.
 */
export async function report(
  ctx: RequestContext,
  assignmentId: string,
  input: TReportCreate,
  today = todayInChina(),
): Promise<TReport> {
  const reportId = await inTransaction(ctx.db, async (tx) => {
    const a = await requireAssignment(tx, ctx, assignmentId, today);
    if (a.campaignStatus === 'closed') throw new AppError('CAMPAIGN_CLOSED');
    const row = await insertReport(tx, {
      assignmentId,
      authorId: ctx.actor.userId,
      text: input.text,
      percent: input.percent,
    });
    await updateAssignment(tx, assignmentId, {
      percent: input.percent,
      lastReportAt: row.createdAt,
    });
    if (input.attachmentIds.length)
      await claim(tx, ctx, input.attachmentIds, { ownerType: REPORT_OWNER, ownerId: row.id });
    await audit(tx, ctx, {
      action: 'create',
      entity: 'assignment_report',
      entityId: row.id,
      summary: auditText.assignment.report(a.orgName, a.activityTitle, a.percent, input.percent),
      before: { percent: a.percent },
      after: { ...input, assignmentId },
    });
    return row.id;
  });
  const { items } = await listReports(ctx, assignmentId, { page: 1, pageSize: 1 }, today);
  const saved = items.find((r) => r.id === reportId);
  if (!saved) throw new Error('saved report not found');
  return saved;
}

export async function listReports(
  ctx: RequestContext,
  assignmentId: string,
  q: { page: number; pageSize: number },
  today = todayInChina(),
): Promise<{ items: TReport[]; total: number }> {
  await requireAssignment(ctx.db, ctx, assignmentId, today);
  const { items, total } = await listReportRows(ctx.db, assignmentId, pageOf(q));
  const files = await listOf(
    ctx.db,
    REPORT_OWNER,
    items.map((r) => r.id),
  );
  return { items: items.map((r) => ({ ...r, attachments: files.get(r.id) ?? [] })), total };
}

/** Attachment access: a report's files are readable by whoever may read its assignment. */
export async function canReadReport(ctx: RequestContext, reportId: string): Promise<boolean> {
  return (await findReportInScope(ctx.db, scopeOf(ctx.actor), reportId)) !== undefined;
}

// ---- progress board (进度看板) -------------------------------------------------------------

type Totals = { assigned: number; done: number; overdue: number; avgPercent: number };
function totalsOf(rows: { percent: number; overdue: boolean }[]): Totals {
  const sum = rows.reduce((s, r) => s + r.percent, 0);
  return {
    assigned: rows.length,
    done: rows.filter((r) => r.percent >= 100).length,
    overdue: rows.filter((r) => r.overdue).length,
    avgPercent: rows.length ? Math.round(sum / rows.length) : 0,
  };
}

/**
 * Progress of a campaign per activity × unit in the viewer's scope, with per-unit and
 * per-activity totals.
 *
 * 带头示范 ("leaders lead by example", plan §三(一)): assignments go to units, not to people, so on
 * this board a leading cadre is represented by the unit they lead. Units are ordered with those
 * that have active leading cadres (领导干部, in the unit or below it) first, most first; with
 * `leadingOnly` the board keeps only those units, so the office sees at a glance whether the units
 * whose leaders must set the example are ahead.
 */
export async function board(
  ctx: RequestContext,
  campaignId: string,
  q: TBoardQuery,
  today = todayInChina(),
): Promise<TBoard> {
  await requireCampaign(ctx.db, campaignId);
  const scope = scopeOf(ctx.actor);
  const orgPath = q.orgId ? (await requireOrgInScope(ctx.db, scope, q.orgId)).path : undefined;
  const [rows, activities] = await Promise.all([
    boardRows(ctx.db, scope, campaignId, orgPath, today),
    listActivities(ctx.db, campaignId),
  ]);
  const orgIds = [...new Set(rows.map((r) => r.orgId))];
  const leading = await leadingCadreCounts(ctx.db, orgIds);
  const unitRows = new Map<string, typeof rows>();
  for (const r of rows) unitRows.set(r.orgId, [...(unitRows.get(r.orgId) ?? []), r]);
  let units = [...unitRows.entries()].map(([orgId, rs]) => {
    const first = rs[0] as (typeof rows)[number];
    return {
      orgId,
      orgName: first.orgName,
      sortOrder: first.orgSortOrder,
      leadingCadres: leading.get(orgId) ?? 0,
      ...totalsOf(rs),
    };
  });
  if (q.leadingOnly) units = units.filter((u) => u.leadingCadres > 0);
  units.sort(
    (a, b) =>
      Number(b.leadingCadres > 0) - Number(a.leadingCadres > 0) ||
      b.leadingCadres - a.leadingCadres ||
      a.sortOrder - b.sortOrder ||
      a.orgName.localeCompare(b.orgName, 'zh-CN'),
  );
  const keep = new Set(units.map((u) => u.orgId));
  const kept = rows.filter((r) => keep.has(r.orgId));
  return {
    activities: activities.map((a) => ({
      id: a.id,
      number: a.number,
      title: a.title,
      module: a.module,
      ...totalsOf(kept.filter((r) => r.activityId === a.id)),
    })),
    units: units.map(({ sortOrder: _s, ...u }) => u),
    cells: kept.map((r) => ({
      assignmentId: r.id,
      activityId: r.activityId,
      orgId: r.orgId,
      deadline: r.deadline,
      percent: r.percent,
      status: r.status,
      overdue: r.overdue,
      lastReportAt: r.lastReportAt,
      lastReportText: r.lastReportText,
    })),
    totals: totalsOf(kept),
  };
}

// ---- overdue reminders --------------------------------------------------------------------

/**
 * Reminds of overdue assignments of active campaigns (逾期提醒): each overdue assignment is
 * notified once (dedupeKey per assignment) to the admins of its unit (or of a unit above it) and
 * to every office user. A daily job calls it; so does POST /api/assignments/remind-overdue.
 * Returns the number of overdue assignments and of new notifications.
 */
export async function notifyOverdueAssignments(
  db: Db,
  today = todayInChina(),
): Promise<{ overdue: number; notified: number }> {
  return inTransaction(db, async (tx) => {
    const overdue = await listOverdueAssignments(tx, today);
    if (overdue.length === 0) return { overdue: 0, notified: 0 };
    const adminsOf = await unitAdminsByOrgPath(tx);
    const office = (await activeUsersOfRoles(tx, ['office'])).map((u) => u.id);
    const notes: NewNotification[] = [];
    for (const a of overdue) {
      const recipients = new Set([...adminsOf(a.orgPath), ...office]);
      for (const userId of recipients)
        notes.push({
          userId,
          kind: 'assignment_overdue',
          title: `任务逾期：${a.orgName}「${a.activityTitle}」`,
          body: `活动「${a.campaignName}」的活动项目 ${a.activityNumber}「${a.activityTitle}」截止日期为 ${a.deadline}，${a.orgName}目前完成 ${a.percent}%，已逾期，请尽快推进并填报进展。`,
          link: '/assignments?overdue=true',
          dedupeKey: `assignment-overdue:${a.id}`,
        });
    }
    const notified = await notify(tx, notes);
    return { overdue: overdue.length, notified };
  });
}

/**
 * A campaign's copy carries its assignments' structure: the same units on the copied activities,
 * each deadline shifted as the dates are; no percent, report or reminder. Returns how many.
 */
export async function copyForCampaign(
  tx: DbOrTx,
  fromId: string,
  activityMap: Map<string, string>,
  shift: (date: string) => string,
): Promise<number> {
  const rows = await assignmentStructure(tx, fromId);
  const copied = rows.flatMap((r) => {
    const activityId = activityMap.get(r.activityId);
    return activityId ? [{ activityId, orgId: r.orgId, deadline: shift(r.deadline) }] : [];
  });
  await insertAssignments(tx, copied);
  return copied.length;
}
// ---- the dashboard's tile ------------------------------------------------------------------

const T = dashboardText.tiles.activities;

/**
 * 活动项目进度 (the home page): assignments done and overdue per activity, with a subtotal row per
 * phase before its activities; figures link to the assignment list with the same filters.
 */
export const activitiesTile: DashboardTile = {
  key: 'activities',
  order: 10,
  async compute(db, scope, f) {
    if (!f.campaignId) return null;
    const rows = await activityProgress(db, scope, f.campaignId, f.orgPath ?? undefined, f.today);
    if (rows.length === 0) return null;
    const link = tileLinks('/assignments', f);
    const sum = (rs: ActivityProgressRow[]) => ({
      assigned: rs.reduce((s, r) => s + r.assigned, 0),
      done: rs.reduce((s, r) => s + r.done, 0),
      overdue: rs.reduce((s, r) => s + r.overdue, 0),
    });
    const total = sum(rows);
    const phases = [...new Set(rows.map((r) => r.phaseId))];
    const table = phases.flatMap((phaseId) => {
      const rs = rows.filter((r) => r.phaseId === phaseId);
      const phase = rs[0]?.phaseName ?? T.noPhase;
      return [
        { phase, activity: T.subtotal, ...sum(rs) },
        ...rs.map((r) => ({
          phase,
          activity: `${r.number}. ${r.title}`,
          assigned: r.assigned,
          done: r.done,
          overdue: r.overdue,
        })),
      ];
    });
    return {
      key: 'activities',
      title: T.title,
      figures: [
        figure('assigned', T.assigned, total.assigned, link()),
        figure('done', T.done, total.done, link({ status: 'done' })),
        figure('overdue', T.overdue, total.overdue, link({ overdue: 'true' }), { tone: 'bad' }),
      ],
      table: {
        columns: [
          column('phase', T.phase, 'text'),
          column('activity', T.activity, 'text'),
          column('assigned', T.assigned),
          column('done', T.done),
          column('overdue', T.overdue),
        ],
        rows: table,
      },
      chart: 'stacked',
    };
  },
};
