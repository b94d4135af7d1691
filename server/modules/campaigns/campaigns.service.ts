import type {
  TActivity,
  TActivityCreate,
  TActivityUpdate,
  TCampaign,
  TCampaignCopy,
  TCampaignCreate,
  TCampaignStatus,
  TCampaignTemplate,
  TCampaignUpdate,
  TPhase,
  TPhaseCreate,
  TPhaseUpdate,
} from '../../../common/campaigns.ts';
import { addDays, addYears, monthBounds } from '../../../common/dates.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import type { Actor, RequestContext } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText, text } from '../../platform/i18n/zh-CN.ts';
import { splitPage } from '../../platform/paging.ts';
import * as goodPractices from '../good-practices/good-practices.service.ts';
import * as materials from '../materials/materials.service.ts';
import * as selfExams from '../self-exams/self-exams.service.ts';
import { copyForCampaign as copyAssignments } from './assignments.service.ts';
import {
  type CampaignFilter,
  countActivitiesOfPhase,
  deleteActivity as deleteActivityRow,
  deletePhase as deletePhaseRow,
  findActiveCampaignCovering,
  findActivity,
  findActivityByNumber,
  findCampaign,
  findCampaignCarry,
  findCampaignRow,
  findPhase,
  findPreviousCampaign,
  insertActivities,
  insertCampaign,
  insertPhases,
  listActiveCampaignsOverlapping,
  listActivities as listActivityRows,
  listCampaigns,
  listPhases as listPhaseRows,
  maxActivityNumber,
  phasesOutside,
  updateActivity as updateActivityRow,
  updateCampaign,
  updatePhase as updatePhaseRow,
} from './campaigns.repo.ts';
import { insertQuotaRules, latestQuotaRules } from './quota-rules.repo.ts';
import { campaignTemplates } from './templates/gong-2014.ts';

/** Who writes: a request's user, or the system (seed, jobs) with a null actor. */
export type Writer = { actor: Actor | null; ip: string | null };

// ---- campaigns ----------------------------------------------------------------------------

export async function list(
  ctx: RequestContext,
  query: CampaignFilter & { page: number; pageSize: number },
) {
  const { filter, page } = splitPage(query);
  return listCampaigns(ctx.db, filter, page);
}

/** 活动管理 as listed (same filter; campaigns are read bureau-wide). */
export async function exportXlsx(ctx: RequestContext, filter: CampaignFilter): Promise<Buffer> {
  const { items } = await listCampaigns(ctx.db, filter, { limit: 10_000, offset: 0 });
  const X = excelText.campaigns;
  const columns: Column<(typeof items)[number]>[] = [
    { header: X.columns.name, width: 36, value: (c) => c.name },
    { header: X.columns.startDate, width: 12, value: (c) => c.startDate },
    { header: X.columns.endDate, width: 12, value: (c) => c.endDate },
    { header: X.columns.state, width: 8, value: (c) => X.values.state[c.state] },
    { header: X.columns.phaseCount, width: 8, value: (c) => c.phaseCount },
    { header: X.columns.activityCount, width: 10, value: (c) => c.activityCount },
    { header: X.columns.reminderDays, width: 14, value: (c) => c.reminderDaysBeforeMonthEnd },
    { header: X.columns.description, width: 50, value: (c) => c.description },
  ];
  return buildSheet(X.sheet, columns, items);
}

export async function requireCampaign(db: DbOrTx, id: string) {
  const row = await findCampaign(db, id);
  if (!row) throw notFound();
  return row;
}

export function get(ctx: RequestContext, id: string): Promise<TCampaign> {
  return requireCampaign(ctx.db, id);
}

function checkRange(start: string, end: string, what = '') {
  if (start > end)
    throw new AppError('CAMPAIGN_DATES.range', { what, start, end }, [
      { field: 'endDate', message: text('VALIDATION.dateRange') },
    ]);
}

function checkPhaseInside(
  phase: { startDate: string; endDate: string },
  campaign: { startDate: string; endDate: string },
) {
  checkRange(phase.startDate, phase.endDate, '阶段');
  if (phase.startDate < campaign.startDate || phase.endDate > campaign.endDate) {
    const range = { start: campaign.startDate, end: campaign.endDate };
    throw new AppError('PHASE_OUTSIDE_CAMPAIGN.range', range, [
      { field: phase.startDate < campaign.startDate ? 'startDate' : 'endDate' },
    ]);
  }
}

/**
 * Creates a campaign from a built-in template — phases, the numbered activities and the quota
 * rules — inside the caller's transaction; the seed calls it with `{ actor: null, ip: null }`.
 * `year` shifts every date to that year (same month and day). Returns the new campaign's id.
 */
export async function createCampaignFromTemplate(
  tx: DbOrTx,
  who: Writer,
  key: TCampaignTemplate,
  opts: { status?: TCampaignStatus; name?: string; year?: number } = {},
): Promise<string> {
  const tpl = campaignTemplates[key];
  const years = opts.year ? opts.year - Number(tpl.startDate.slice(0, 4)) : 0;
  const shift = (d: string) => addYears(d, years);
  const campaignId = await insertCampaign(tx, {
    name: opts.name ?? tpl.name,
    description: tpl.description,
    startDate: shift(tpl.startDate),
    endDate: shift(tpl.endDate),
    status: opts.status ?? 'draft',
  });
  const phases = await insertPhases(
    tx,
    tpl.phases.map((p, i) => ({
      campaignId,
      name: p.name,
      startDate: shift(p.startDate),
      endDate: shift(p.endDate),
      sortOrder: i + 1,
    })),
  );
  await insertActivities(
    tx,
    tpl.activities.map((a) => ({
      campaignId,
      phaseId: phases[a.phase]?.id ?? null,
      number: a.number,
      title: a.title,
      description: a.description,
      module: a.module,
    })),
  );
  await insertQuotaRules(
    tx,
    tpl.quotaRules.map((r) => ({
      ...r,
      campaignId,
      effectiveFrom: `${shift(tpl.startDate).slice(0, 7)}-01`,
      createdBy: who.actor?.userId ?? null,
    })),
  );
  const name = opts.name ?? tpl.name;
  await audit(tx, who, {
    action: 'create',
    entity: 'campaign',
    entityId: campaignId,
    summary: auditText.campaign.fromTemplate(name, tpl.phases.length, tpl.activities.length),
    after: { template: key, year: opts.year ?? null, status: opts.status ?? 'draft' },
  });
  return campaignId;
}

export async function create(ctx: RequestContext, input: TCampaignCreate): Promise<TCampaign> {
  const id = await inTransaction(ctx.db, async (tx) => {
    if (input.fromTemplate) {
      return createCampaignFromTemplate(tx, ctx, input.fromTemplate, {
        name: input.name,
        year: input.year,
        status: input.status,
      });
    }
    const row = {
      name: input.name ?? '',
      description: input.description ?? '',
      startDate: input.startDate ?? '',
      endDate: input.endDate ?? '',
      status: input.status ?? 'draft',
      reminderDaysBeforeMonthEnd: input.reminderDaysBeforeMonthEnd,
    };
    checkRange(row.startDate, row.endDate);
    const id = await insertCampaign(tx, row);
    await audit(tx, ctx, {
      action: 'create',
      entity: 'campaign',
      entityId: id,
      summary: auditText.campaign.create(row.name),
      after: row,
    });
    return id;
  });
  return requireCampaign(ctx.db, id);
}

export async function update(
  ctx: RequestContext,
  id: string,
  patch: TCampaignUpdate,
): Promise<TCampaign> {
  await inTransaction(ctx.db, async (tx) => {
    const before = await requireCampaign(tx, id);
    const startDate = patch.startDate ?? before.startDate;
    const endDate = patch.endDate ?? before.endDate;
    checkRange(startDate, endDate);
    if (patch.startDate || patch.endDate) {
      const outside = await phasesOutside(tx, id, startDate, endDate);
      if (outside.length) {
        const names = outside.map((p) => `「${p.name}」`).join('、');
        throw new AppError('PHASE_OUTSIDE_CAMPAIGN.newRange', {
          names,
          start: startDate,
          end: endDate,
        });
      }
    }
    await updateCampaign(tx, id, patch);
    const after = await requireCampaign(tx, id);
    await audit(tx, ctx, {
      action: 'update',
      entity: 'campaign',
      entityId: id,
      summary: auditText.campaign.update(
        before.name,
        patch.status !== before.status ? patch.status : undefined,
      ),
      before,
      after,
    });
  });
  return requireCampaign(ctx.db, id);
}

/**
 * Copies a campaign to start next year's from it (plan item 9, the lasting mechanism): with every
 * date shifted — to another year (same month and day) or by a number of days — it carries the
 * phases, the activities, the assignments' structure (the same units, deadlines shifted, no
 * progress), the latest quota rule of each rank (effective from the copy's first month), the card
 * pledge, the six ones' rules, the learning materials (without their sendings), the
 * self-examination headings and the 经验做法 (as references). One transaction, one audit row; the
 * copy is a draft, and its state follows its dates once it is started.
 */
export async function copy(ctx: RequestContext, id: string, input: TCampaignCopy) {
  const newId = await inTransaction(ctx.db, (tx) => copyCampaignInTx(tx, ctx, id, input));
  return requireCampaign(ctx.db, newId);
}

/** The copy inside the caller's transaction (the seed copies as the system: a null actor). */
export async function copyCampaignInTx(
  tx: DbOrTx,
  who: Writer,
  id: string,
  input: TCampaignCopy,
): Promise<string> {
  const src = await requireCampaign(tx, id);
  const years =
    input.year !== undefined ? input.year - Number(src.startDate.slice(0, 4)) : undefined;
  const shift = (d: string) =>
    years !== undefined ? addYears(d, years) : addDays(d, input.shiftDays ?? 0);
  const name =
    input.name ??
    (input.year !== undefined ? `${src.name}（${input.year}年）` : `${src.name}（副本）`);
  const startDate = shift(src.startDate);
  const carry = await findCampaignCarry(tx, id);
  const campaignId = await insertCampaign(tx, {
    name,
    description: src.description,
    startDate,
    endDate: shift(src.endDate),
    status: 'draft',
    reminderDaysBeforeMonthEnd: src.reminderDaysBeforeMonthEnd,
    pledge: carry?.pledge ?? '',
    sixOnesRules: carry?.sixOnesRules ?? {},
  });
  const srcPhases = await listPhaseRows(tx, id);
  const newPhases = await insertPhases(
    tx,
    srcPhases.map((p) => ({
      campaignId,
      name: p.name,
      startDate: shift(p.startDate),
      endDate: shift(p.endDate),
      sortOrder: p.sortOrder,
    })),
  );
  const phaseMap = new Map(srcPhases.map((p, i) => [p.id, newPhases[i]?.id ?? null]));
  const activities = await listActivityRows(tx, id);
  const newActivities = await insertActivities(
    tx,
    activities.map((a) => ({
      campaignId,
      phaseId: a.phaseId ? (phaseMap.get(a.phaseId) ?? null) : null,
      number: a.number,
      title: a.title,
      description: a.description,
      module: a.module,
    })),
  );
  const rules = await latestQuotaRules(tx, id);
  await insertQuotaRules(
    tx,
    rules.map((r) => ({
      campaignId,
      rank: r.rank,
      effectiveFrom: monthBounds(startDate.slice(0, 7)).first,
      minDaysPerMonth: r.minDaysPerMonth,
      minHouseholds: r.minHouseholds,
      maxHouseholds: r.maxHouseholds,
      minPoorHelped: r.minPoorHelped,
      createdBy: who.actor?.userId ?? null,
    })),
  );
  const activityMap = new Map(
    activities.flatMap((a, i) => {
      const to = newActivities[i]?.id;
      return to ? [[a.id, to] as const] : [];
    }),
  );
  const by = who.actor?.userId ?? null;
  const carried = {
    phases: newPhases.length,
    activities: newActivities.length,
    quotaRules: rules.length,
    assignments: await copyAssignments(tx, id, activityMap, shift),
    materials: await materials.copyForCampaign(tx, id, campaignId, by),
    selfExamHeadings: await selfExams.copyForCampaign(tx, id, campaignId, by),
    goodPractices: await goodPractices.copyForCampaign(tx, id, campaignId, by),
  };
  await audit(tx, who, {
    action: 'create',
    entity: 'campaign',
    entityId: campaignId,
    summary: auditText.campaign.copy(src.name, name),
    after: { from: id, ...input, startDate, carried },
  });
  return campaignId;
}

/**
 * The campaign whose quota rules apply to a month: the active campaign covering it; with several,
 * the one that started latest. Undefined when no active campaign covers the month.
 */
export function campaignForMonth(db: DbOrTx, month: string) {
  const { first, last } = monthBounds(month);
  return findActiveCampaignCovering(db, first, last);
}

/** `campaignForMonth` of several months in one read (null: no active campaign covers it). */
export async function campaignsForMonths(db: DbOrTx, months: string[]) {
  if (months.length === 0) return [];
  const bounds = months.map(monthBounds);
  const all = await listActiveCampaignsOverlapping(
    db,
    bounds.map((b) => b.first).sort()[0] as string,
    bounds
      .map((b) => b.last)
      .sort()
      .at(-1) as string,
  );
  return bounds.map(
    ({ first, last }) => all.find((c) => c.startDate <= last && c.endDate >= first) ?? null,
  );
}

// ---- phases -------------------------------------------------------------------------------

export async function listPhases(ctx: RequestContext, campaignId: string) {
  await requireCampaign(ctx.db, campaignId);
  const items: TPhase[] = await listPhaseRows(ctx.db, campaignId);
  return { items, total: items.length };
}

async function requirePhase(db: DbOrTx, campaignId: string, id: string) {
  const row = await findPhase(db, campaignId, id);
  if (!row) throw notFound();
  return row;
}

export async function createPhase(
  ctx: RequestContext,
  campaignId: string,
  input: TPhaseCreate,
): Promise<TPhase> {
  return inTransaction(ctx.db, async (tx) => {
    const campaign = await requireCampaign(tx, campaignId);
    checkPhaseInside(input, campaign);
    const sortOrder = input.sortOrder ?? (await listPhaseRows(tx, campaignId)).length + 1;
    const [row] = await insertPhases(tx, [{ ...input, campaignId, sortOrder }]);
    if (!row) throw new Error('insert returned no row');
    await audit(tx, ctx, {
      action: 'create',
      entity: 'campaign_phase',
      entityId: row.id,
      summary: auditText.campaign.phaseCreate(campaign.name, row.name),
      after: row,
    });
    return row;
  });
}

export async function updatePhase(
  ctx: RequestContext,
  campaignId: string,
  id: string,
  patch: TPhaseUpdate,
): Promise<TPhase> {
  return inTransaction(ctx.db, async (tx) => {
    const campaign = await requireCampaign(tx, campaignId);
    const before = await requirePhase(tx, campaignId, id);
    checkPhaseInside({ ...before, ...patch }, campaign);
    await updatePhaseRow(tx, id, patch);
    const after = await requirePhase(tx, campaignId, id);
    await audit(tx, ctx, {
      action: 'update',
      entity: 'campaign_phase',
      entityId: id,
      summary: auditText.campaign.phaseUpdate(campaign.name, before.name),
      before,
      after,
    });
    return after;
  });
}

export async function deletePhase(ctx: RequestContext, campaignId: string, id: string) {
  await inTransaction(ctx.db, async (tx) => {
    const campaign = await requireCampaign(tx, campaignId);
    const before = await requirePhase(tx, campaignId, id);
    const n = await countActivitiesOfPhase(tx, id);
    if (n > 0) throw new AppError('PHASE_HAS_ACTIVITIES.count', { name: before.name, count: n });
    await deletePhaseRow(tx, id);
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'campaign_phase',
      entityId: id,
      summary: auditText.campaign.phaseDelete(campaign.name, before.name),
      before,
    });
  });
}

// ---- activities ---------------------------------------------------------------------------

export async function listActivities(ctx: RequestContext, campaignId: string) {
  await requireCampaign(ctx.db, campaignId);
  const items: TActivity[] = await listActivityRows(ctx.db, campaignId);
  return { items, total: items.length };
}

async function requireActivity(db: DbOrTx, campaignId: string, id: string) {
  const row = await findActivity(db, id, campaignId);
  if (!row) throw notFound();
  return row;
}

async function checkActivityFields(
  tx: DbOrTx,
  campaignId: string,
  input: { number?: number; phaseId?: string | null },
  selfId?: string,
) {
  if (input.phaseId && !(await findPhase(tx, campaignId, input.phaseId)))
    throw new AppError('PHASE_NOT_IN_CAMPAIGN', {}, [{ field: 'phaseId' }]);
  if (input.number !== undefined) {
    const taken = await findActivityByNumber(tx, campaignId, input.number);
    if (taken && taken.id !== selfId)
      throw new AppError('ACTIVITY_NUMBER_TAKEN.number', { number: input.number }, [
        { field: 'number', message: text('ACTIVITY_NUMBER_TAKEN.field', { number: input.number }) },
      ]);
  }
}

export async function createActivity(
  ctx: RequestContext,
  campaignId: string,
  input: TActivityCreate,
): Promise<TActivity> {
  const id = await inTransaction(ctx.db, async (tx) => {
    const campaign = await requireCampaign(tx, campaignId);
    await checkActivityFields(tx, campaignId, input);
    const number = input.number ?? (await maxActivityNumber(tx, campaignId)) + 1;
    const row = { ...input, number, phaseId: input.phaseId ?? null, campaignId };
    const [inserted] = await insertActivities(tx, [row]);
    if (!inserted) throw new Error('insert returned no row');
    await audit(tx, ctx, {
      action: 'create',
      entity: 'campaign_activity',
      entityId: inserted.id,
      summary: auditText.campaign.activityCreate(campaign.name, number, row.title),
      after: row,
    });
    return inserted.id;
  });
  return requireActivity(ctx.db, campaignId, id);
}

export async function updateActivity(
  ctx: RequestContext,
  campaignId: string,
  id: string,
  patch: TActivityUpdate,
): Promise<TActivity> {
  await inTransaction(ctx.db, async (tx) => {
    const campaign = await requireCampaign(tx, campaignId);
    const before = await requireActivity(tx, campaignId, id);
    await checkActivityFields(tx, campaignId, patch, id);
    await updateActivityRow(tx, id, patch);
    const after = await requireActivity(tx, campaignId, id);
    await audit(tx, ctx, {
      action: 'update',
      entity: 'campaign_activity',
      entityId: id,
      summary: auditText.campaign.activityUpdate(campaign.name, before.number, before.title),
      before,
      after,
    });
  });
  return requireActivity(ctx.db, campaignId, id);
}

export async function deleteActivity(ctx: RequestContext, campaignId: string, id: string) {
  await inTransaction(ctx.db, async (tx) => {
    const campaign = await requireCampaign(tx, campaignId);
    const before = await requireActivity(tx, campaignId, id);
    if (before.assignmentCount > 0)
      throw new AppError('ACTIVITY_HAS_ASSIGNMENTS.count', {
        title: before.title,
        count: before.assignmentCount,
      });
    await deleteActivityRow(tx, id);
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'campaign_activity',
      entityId: id,
      summary: auditText.campaign.activityDelete(campaign.name, before.number, before.title),
      before,
    });
  });
}

// ---- for other modules: they call these, never ./campaigns.repo.ts (lint rule) ------------------
// Each runs on the db or transaction the caller passes, so it joins the caller's transaction.

/** A campaign by id, or undefined (`requireCampaign` throws instead). */
export { findCampaign } from './campaigns.repo.ts';

/**
 * The dashboard's campaign (server/modules/dashboard): the one asked for, else the active one
 * running on `day` (the latest started); with the phase `day` falls in and the campaign before it
 * (for 上一活动同期). Undefined when there is none; an unknown id is a 404.
 */
export async function campaignOnDay(db: DbOrTx, day: string, campaignId?: string) {
  const c = campaignId
    ? await findCampaignRow(db, campaignId)
    : await findActiveCampaignCovering(db, day, day);
  if (!c) {
    if (campaignId) throw notFound();
    return undefined;
  }
  const [phases, previous] = await Promise.all([
    listPhaseRows(db, c.id),
    findPreviousCampaign(db, c.startDate),
  ]);
  const phase = phases.find((p) => p.startDate <= day && day <= p.endDate) ?? null;
  return { campaign: c, phase, previous: previous ?? null };
}
