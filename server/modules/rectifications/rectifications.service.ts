import { ACCESS, mayWriteCadreRecord } from '../../../common/access.ts';
import { dateTimeInChina, todayInChina } from '../../../common/dates.ts';
import {
  rectificationStateLabels,
  type TRectification,
  type TRectificationCreate,
  type TRectificationDetail,
  type TRectificationFilter,
  type TRectificationListQuery,
  type TRectificationProgressQuery,
  type TRectificationProgressRow,
  type TRectificationReminder,
  type TRectificationReminderResult,
  type TRectificationUpdate,
} from '../../../common/rectifications.ts';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type Actor, type RequestContext, type Scope, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { column, type DashboardTile, figure, tileLinks } from '../../platform/dashboard.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { dashboardText, excelText, rectificationText } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import { takeStep } from '../../platform/workflow/engine.ts';
import { systemActor } from '../../platform/workflow/kind.ts';
import * as attachments from '../attachments/attachments.service.ts';
import { caseGateOf } from '../cases/cases.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { accountsOfCadres } from '../users/users.service.ts';
import { rectificationKind, visibleTo } from './lifecycle.ts';
import {
  campaignExists,
  deleteRectification,
  findCadreInScope,
  findRectification,
  findSelfExamOf,
  insertRectification,
  itemsUnder,
  listRectifications,
  lockRectification,
  markReminded,
  openItemsBefore,
  overdueItems,
  progressByUnit,
  type RectificationRow,
  submittedWithCase,
  updateRectification,
} from './rectifications.repo.ts';

/** an item's evidence files (registered in rectifications.module.ts) */
export const RECTIFICATION_ATTACHMENT_OWNER = 'rectification';
const OWNER = RECTIFICATION_ATTACHMENT_OWNER;

const visible = (actor: Actor) => visibleTo(scopeOf(actor), actor);

export const mayReadRectificationFiles = async (ctx: RequestContext, id: string) =>
  Boolean(await findRectification(ctx.db, visible(ctx.actor), id, todayInChina()));

async function withFiles(db: DbOrTx, rows: RectificationRow[]): Promise<TRectification[]> {
  const files = await attachments.listOf(
    db,
    OWNER,
    rows.map((r) => r.id),
  );
  return rows.map(({ orgPath: _p, signedOffBy: _s, ...r }) => ({
    ...r,
    overdue: Boolean(r.overdue),
    attachments: files.get(r.id) ?? [],
  }));
}

async function filterOf(
  ctx: RequestContext,
  q: Omit<TRectificationFilter, 'orgId'> & { orgId?: string },
) {
  const { orgId, ...rest } = q;
  const orgPath = orgId
    ? (await requireOrgInScope(ctx.db, scopeOf(ctx.actor), orgId)).path
    : undefined;
  return { ...rest, orgPath };
}

export async function list(ctx: RequestContext, q: TRectificationListQuery) {
  const { page, pageSize, ...filter } = q;
  const today = todayInChina();
  const { items, total } = await listRectifications(
    ctx.db,
    visible(ctx.actor),
    await filterOf(ctx, filter),
    pageOf({ page, pageSize }),
    today,
  );
  return { items: await withFiles(ctx.db, items), total };
}

const EXPORT_LIMIT = 100_000;

/** 整改清单: the filtered items as a workbook, one row an item. */
export async function exportXlsx(ctx: RequestContext, q: TRectificationFilter): Promise<Buffer> {
  const { items } = await listRectifications(
    ctx.db,
    visible(ctx.actor),
    await filterOf(ctx, q),
    { limit: EXPORT_LIMIT, offset: 0 },
    todayInChina(),
  );
  const X = excelText.rectifications;
  const columns: Column<RectificationRow>[] = [
    { header: X.columns.cadre, value: (r) => r.cadreName },
    { header: X.columns.org, width: 24, value: (r) => r.orgName },
    { header: X.columns.campaign, width: 20, value: (r) => r.campaignName ?? '' },
    { header: X.columns.standard, value: (r) => r.standard ?? '' },
    { header: X.columns.problem, width: 40, value: (r) => r.problem },
    { header: X.columns.measure, width: 40, value: (r) => r.measure },
    { header: X.columns.responsible, value: (r) => r.responsible },
    { header: X.columns.deadline, width: 12, value: (r) => r.deadline },
    { header: X.columns.state, width: 10, value: (r) => rectificationStateLabels[r.state] },
    {
      header: X.columns.overdue,
      width: 6,
      value: (r) => (r.overdue ? X.values.overdue : X.values.notOverdue),
    },
    { header: X.columns.caseCode, width: 14, value: (r) => r.caseTrackingCode ?? '' },
    { header: X.columns.evidence, width: 40, value: (r) => r.evidence },
    { header: X.columns.signedOffAt, width: 18, value: (r) => dateTimeInChina(r.signedOffAt) },
  ];
  return buildSheet(X.sheet, columns, items);
}

export async function get(ctx: RequestContext, id: string): Promise<TRectificationDetail> {
  const row = await findRectification(ctx.db, visible(ctx.actor), id, todayInChina());
  if (!row) throw notFound();
  const [item] = await withFiles(ctx.db, [row]);
  const caseGate = row.caseId ? await caseGateOf(ctx.db, row.caseId) : null;
  return { ...(item as TRectification), caseGate };
}

function assertMayWriteFor(actor: Actor, cadreId: string): void {
  if (!mayWriteCadreRecord(ACCESS.rectifications, actor, cadreId)) {
    throw new AppError('FORBIDDEN.rectificationNotOwn');
  }
}

/** The links an item may have: a campaign, a self-exam of the same cadre, an existing case. */
async function checkLinks(
  tx: DbOrTx,
  cadreId: string,
  links: { campaignId?: string | null; selfExamId?: string | null; caseId?: string | null },
) {
  if (links.campaignId && !(await campaignExists(tx, links.campaignId))) {
    throw new AppError('VALIDATION.rectificationCampaign', {}, [{ field: 'campaignId' }]);
  }
  if (links.selfExamId && !(await findSelfExamOf(tx, links.selfExamId, cadreId))) {
    throw new AppError('VALIDATION.rectificationSelfExam', {}, [{ field: 'selfExamId' }]);
  }
  if (links.caseId && (await caseGateOf(tx, links.caseId)) === null) {
    throw new AppError('VALIDATION.rectificationCase', {}, [{ field: 'caseId' }]);
  }
}

export async function create(
  ctx: RequestContext,
  input: TRectificationCreate,
): Promise<TRectificationDetail> {
  const cadreId = input.cadreId ?? ctx.actor.cadreId;
  if (!cadreId) throw new AppError('VALIDATION.cadreRequired', {}, [{ field: 'cadreId' }]);
  assertMayWriteFor(ctx.actor, cadreId);
  const id = await inTransaction(ctx.db, async (tx) => {
    const cadre = await findCadreInScope(tx, scopeOf(ctx.actor), cadreId);
    if (!cadre?.active) {
      throw new AppError('VALIDATION.rectificationCadre', {}, [{ field: 'cadreId' }]);
    }
    await checkLinks(tx, cadreId, input);
    const { attachmentIds, ...fields } = input;
    const itemId = await insertRectification(tx, {
      ...fields,
      cadreId,
      orgId: cadre.orgId,
      campaignId: input.campaignId ?? null,
      selfExamId: input.selfExamId ?? null,
      standard: input.standard || null,
      caseId: input.caseId ?? null,
      createdBy: ctx.actor.userId,
    });
    await attachments.claim(tx, ctx, attachmentIds, { ownerType: OWNER, ownerId: itemId });
    await audit(tx, ctx, {
      action: 'create',
      entity: 'rectification',
      entityId: itemId,
      summary: auditText.rectification.create(cadre.name, rectificationText.short(input.problem)),
      after: { ...input, cadreId },
    });
    return itemId;
  });
  return get(ctx, id);
}

/** Only while 待整改 or 整改中: once asked for 销号 the reviewer sees what was asked. */
function assertEditable(row: RectificationRow): void {
  if (row.state === 'submitted' || row.state === 'done') {
    throw new AppError('RECTIFICATION_LOCKED', { state: rectificationStateLabels[row.state] });
  }
}

export async function update(ctx: RequestContext, id: string, patch: TRectificationUpdate) {
  await inTransaction(ctx.db, async (tx) => {
    const before = await lockRectification(tx, visible(ctx.actor), id, todayInChina());
    if (!before) throw notFound();
    assertMayWriteFor(ctx.actor, before.cadreId);
    assertEditable(before);
    await checkLinks(tx, before.cadreId, patch);
    const { attachmentIds, ...fields } = patch;
    await updateRectification(tx, id, {
      ...fields,
      ...(fields.standard !== undefined ? { standard: fields.standard || null } : {}),
    });
    if (attachmentIds?.length) {
      await attachments.claim(tx, ctx, attachmentIds, { ownerType: OWNER, ownerId: id });
    }
    await audit(tx, ctx, {
      action: 'update',
      entity: 'rectification',
      entityId: id,
      summary: auditText.rectification.update(
        before.cadreName,
        rectificationText.short(before.problem),
      ),
      before,
      after: await findRectification(tx, { scope: { kind: 'all' } }, id, todayInChina()),
    });
  });
  return get(ctx, id);
}

/** Only an item still 待整改 is deleted (with its files' links); the rest keeps its history. */
export async function remove(ctx: RequestContext, id: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const before = await lockRectification(tx, visible(ctx.actor), id, todayInChina());
    if (!before) throw notFound();
    assertMayWriteFor(ctx.actor, before.cadreId);
    if (before.state !== 'open') throw new AppError('RECTIFICATION_LOCKED.remove');
    await deleteRectification(tx, id);
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'rectification',
      entityId: id,
      summary: auditText.rectification.delete(
        before.cadreName,
        rectificationText.short(before.problem),
      ),
      before,
    });
  });
}

/** 整改进度 per unit: the same WHERE as the list's, grouped by the item's unit. */
export async function progress(
  ctx: RequestContext,
  q: TRectificationProgressQuery,
): Promise<{ items: TRectificationProgressRow[] }> {
  const rows = await progressByUnit(
    ctx.db,
    visible(ctx.actor),
    await filterOf(ctx, q),
    todayInChina(),
  );
  return {
    items: rows.map((r) => ({
      ...r,
      rate: r.total ? Math.round((r.done * 100) / r.total) : 0,
    })),
  };
}

/**
 * 逾期提醒: an in-app notification to the accounts of each overdue item's cadre, at most once per
 * item and day (the notification's dedupe key), `reminded_at` kept. `dryRun` only counts, so the
 * office is asked before sending. The office's sending is audited; the job's is not a user's act.
 */
async function remind(
  db: Db,
  v: { scope: Scope },
  f: { orgPath?: string; campaignId?: string },
  dryRun: boolean,
  onSent?: (tx: Tx, overdue: number, sent: number) => Promise<void>,
  now = new Date(),
): Promise<TRectificationReminderResult> {
  const today = todayInChina(now);
  const items = await overdueItems(db, v, f, today);
  const accounts = await accountsOfCadres(db, [...new Set(items.map((i) => i.cadreId))]);
  const reached = new Set(accounts.map((a) => a.cadreId));
  const skippedNoAccount = items.filter((i) => !reached.has(i.cadreId)).length;
  if (dryRun) return { overdue: items.length, sent: 0, skippedNoAccount };
  const sent = await inTransaction(db, async (tx) => {
    const n = await notify(
      tx,
      items.flatMap((i) =>
        accounts
          .filter((a) => a.cadreId === i.cadreId)
          .map((a) => ({
            userId: a.userId,
            kind: 'info' as const,
            title: rectificationText.reminderTitle(rectificationText.short(i.problem), i.deadline),
            body: rectificationText.reminderBody,
            link: `/rectifications?view=${i.id}`,
            dedupeKey: `rectification-overdue:${i.id}:${today}`,
          })),
      ),
    );
    await markReminded(
      tx,
      items.filter((i) => reached.has(i.cadreId)).map((i) => i.id),
      now,
    );
    await onSent?.(tx, items.length, n);
    return n;
  });
  return { overdue: items.length, sent, skippedNoAccount };
}

export async function sendReminders(
  ctx: RequestContext,
  body: TRectificationReminder,
): Promise<TRectificationReminderResult> {
  const f = await filterOf(ctx, { orgId: body.orgId, campaignId: body.campaignId });
  return remind(ctx.db, visible(ctx.actor), f, body.dryRun, async (tx, overdue, sent) => {
    await audit(tx, ctx, {
      action: 'create',
      entity: 'notification',
      entityId: null,
      summary: auditText.rectification.reminders(overdue, sent),
    });
  });
}

// --- the jobs (rectifications.module.ts) ---

/** Every overdue item's cadre is told, once a day per item. */
export function remindOverdue(db: Db, now = new Date()) {
  return remind(db, { scope: { kind: 'all' } }, {}, false, undefined, now);
}

/**
 * 群众不满意: an item waiting for 销号 whose case the citizen rated 不满意 goes back to 整改中 by
 * the system (the `reopen` step: an event, an audit row, the cadre told). Returns how many.
 */
export async function reopenDissatisfied(db: Db): Promise<number> {
  let n = 0;
  for (const item of await submittedWithCase(db)) {
    if (!item.caseId || (await caseGateOf(db, item.caseId)) !== 'dissatisfied') continue;
    await inTransaction(db, (tx) =>
      takeStep(
        tx,
        { actor: systemActor(rectificationText.systemName), ip: null },
        rectificationKind,
        item.id,
        {
          action: 'reopen',
        },
      ),
    );
    n++;
  }
  return n;
}

// ---- for other modules: they call these, never ./rectifications.repo.ts (lint rule) -----------

/** 回头看 (modules/meetings): the unit's items still open on `day` and made before it. */
export async function openItemIdsBefore(db: DbOrTx, orgPath: string, day: string) {
  return (await openItemsBefore(db, orgPath, day)).map((r) => r.id);
}

/** Of these items, the ids of those in the unit's subtree. */
export async function itemIdsUnder(db: DbOrTx, orgPath: string, ids: string[]) {
  return (await itemsUnder(db, orgPath, ids)).map((r) => r.id);
}

// ---- the dashboard's tile ------------------------------------------------------------------

const T = dashboardText.tiles.rectifications;

/**
 * 整改进度 (the home page): the items of the campaign in scope — total, 销号, overdue — per unit,
 * from the progress query (one statement); figures link to the 整改清单 with the same filters.
 */
export const rectificationsTile: DashboardTile = {
  key: 'rectifications',
  order: 40,
  async compute(db, scope, f) {
    const campaignId = f.campaignId ?? undefined;
    const rows = await progressByUnit(
      db,
      visibleTo(scope),
      { orgPath: f.orgPath ?? undefined, campaignId },
      f.today,
    );
    if (rows.length === 0) return null;
    const link = tileLinks('/rectifications', f);
    const total = rows.reduce((n, r) => n + r.total, 0);
    const done = rows.reduce((n, r) => n + r.done, 0);
    const overdue = rows.reduce((n, r) => n + r.overdue, 0);
    return {
      key: 'rectifications',
      title: T.title,
      figures: [
        figure('total', T.total, total, link()),
        figure('done', T.signedOff, done, link({ state: 'done' })),
        figure('overdue', T.overdue, overdue, link({ overdue: 'true' }), { tone: 'bad' }),
        figure('rate', T.rate, done / total, null, { format: 'rate' }),
      ],
      table: {
        columns: [
          column('org', dashboardText.tiles.unit, 'text'),
          column('total', T.total),
          column('done', T.signedOff),
          column('overdue', T.overdue),
          column('rate', T.rate, 'rate'),
        ],
        rows: rows.map((r) => ({
          org: r.orgName,
          total: r.total,
          done: r.done,
          overdue: r.overdue,
          rate: r.total ? r.done / r.total : null,
        })),
      },
      chart: 'stacked',
    };
  },
};
