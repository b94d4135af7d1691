import { dateTimeInChina, todayInChina } from '../../../common/dates.ts';
import type {
  TMaterial,
  TMaterialCreate,
  TMaterialDistribution,
  TMaterialReceipt,
  TMaterialReminder,
  TMaterialReminderResult,
  TMaterialSend,
  TMaterialUpdate,
  TMaterialView,
} from '../../../common/materials.ts';
import {
  MATERIAL_KIND_LABELS,
  ONLINE_MATERIAL_KINDS,
  type TMaterialKind,
} from '../../../common/materials-terms.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type RequestContext, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText, labels, materialText } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import * as attachments from '../attachments/attachments.service.ts';
import { findCampaign } from '../campaigns/campaigns.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { loadOrgDirectory, requireOrgInScope } from '../orgs/orgs.service.ts';
import { mayConfirm, mayRemoveSending } from './materials.policy.ts';
import {
  alreadySentTo,
  cadreName,
  deleteDistribution,
  deleteMaterial,
  findDistribution,
  findDistributionById,
  findMaterial,
  findView,
  insertDistributions,
  insertMaterial,
  insertView,
  listDistributions,
  listMaterials,
  lockMaterial,
  type MaterialReader,
  markReceived,
  markReminded,
  materialsOfCampaign,
  sentOf,
  type TDistributionRow,
  type TMaterialRow,
  unconfirmedDistributions,
  unitAdminsOf,
  updateMaterial,
  viewsOf,
} from './materials.repo.ts';
import type {
  TDistributionListQuery,
  TMaterialFilter,
  TMaterialListQuery,
} from './materials.schemas.ts';

/** a material's files (registered in materials.module.ts): everyone who reads materials */
export const MATERIAL_ATTACHMENT_OWNER = 'material';
/** a receipt's photo: whoever sees the sending */
export const RECEIPT_ATTACHMENT_OWNER = 'material_receipt';

export const mayReadMaterialFiles = async (ctx: RequestContext, id: string) =>
  Boolean(await findMaterial(ctx.db, readerOf(ctx), id));
export const mayReadReceiptFiles = async (ctx: RequestContext, id: string) =>
  Boolean(await findDistributionById(ctx.db, scopeOf(ctx.actor), id));

function readerOf(ctx: RequestContext, orgPath?: string): MaterialReader {
  return { scope: scopeOf(ctx.actor), orgPath, cadreId: ctx.actor.cadreId };
}

/** 可在线学习: a video, link or ringtone, or any material with a file to open. */
export const isOnline = (kind: TMaterialKind, files: number) =>
  ONLINE_MATERIAL_KINDS.includes(kind) || files > 0;

async function withDetails(
  db: DbOrTx,
  ctx: RequestContext,
  rows: TMaterialRow[],
): Promise<TMaterial[]> {
  const files = await attachments.listOf(
    db,
    MATERIAL_ATTACHMENT_OWNER,
    rows.map((r) => r.id),
  );
  return rows.map(({ sentAnywhere, viewedAnywhere, viewers, ...r }) => {
    const own = files.get(r.id) ?? [];
    return {
      ...r,
      attachments: own,
      online: isOnline(r.kind, own.length),
      // a cadre sees his own mark, not how many others studied
      viewers: ctx.actor.role === 'cadre' ? null : viewers,
      deletable: sentAnywhere === 0 && viewedAnywhere === 0,
    };
  });
}

async function readerFor(ctx: RequestContext, orgId: string | undefined) {
  const orgPath = orgId
    ? (await requireOrgInScope(ctx.db, scopeOf(ctx.actor), orgId)).path
    : undefined;
  return readerOf(ctx, orgPath);
}

const filterOf = (q: TMaterialFilter) => ({
  q: q.q,
  kind: q.kind,
  campaignId: q.campaignId,
  pending: q.pending,
});

export async function list(ctx: RequestContext, q: TMaterialListQuery) {
  const reader = await readerFor(ctx, q.orgId);
  const { items, total } = await listMaterials(ctx.db, reader, filterOf(q), pageOf(q));
  return { items: await withDetails(ctx.db, ctx, items), total };
}

export async function get(ctx: RequestContext, id: string): Promise<TMaterial> {
  const row = await findMaterial(ctx.db, readerOf(ctx), id);
  if (!row) throw notFound();
  const [material] = await withDetails(ctx.db, ctx, [row]);
  return material as TMaterial;
}

const EXPORT_LIMIT = 100_000;

/** 学习资料 as listed: the same filter, scope and counts. */
export async function exportXlsx(ctx: RequestContext, q: TMaterialFilter): Promise<Buffer> {
  const reader = await readerFor(ctx, q.orgId);
  const { items } = await listMaterials(ctx.db, reader, filterOf(q), {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  const rows = await withDetails(ctx.db, ctx, items);
  const X = excelText.materials;
  const columns: Column<TMaterial>[] = [
    { header: X.columns.title, width: 30, value: (m) => m.title },
    { header: X.columns.kind, width: 12, value: (m) => MATERIAL_KIND_LABELS[m.kind] },
    { header: X.columns.campaign, width: 24, value: (m) => m.campaignName ?? '' },
    { header: X.columns.copies, width: 10, value: (m) => m.copies ?? '' },
    { header: X.columns.link, width: 36, value: (m) => m.link ?? '' },
    { header: X.columns.attachments, width: 8, value: (m) => m.attachments.length },
    { header: X.columns.sentUnits, width: 10, value: (m) => m.sentUnits },
    { header: X.columns.confirmedUnits, width: 10, value: (m) => m.confirmedUnits },
    { header: X.columns.sentCopies, width: 10, value: (m) => m.sentCopies },
    ctx.actor.role === 'cadre'
      ? {
          header: X.columns.viewed,
          width: 10,
          value: (m) => labels.yesNo[`${m.viewedAt !== null}`],
        }
      : { header: X.columns.viewers, width: 10, value: (m) => m.viewers ?? 0 },
    { header: X.columns.createdAt, width: 18, value: (m) => dateTimeInChina(m.createdAt) },
  ];
  return buildSheet(X.sheet, columns, rows);
}

async function checkCampaign(tx: DbOrTx, campaignId: string | null | undefined) {
  if (campaignId && !(await findCampaign(tx, campaignId))) {
    throw new AppError('NOT_FOUND.materialCampaign', {}, [{ field: 'campaignId' }]);
  }
}

/** A 链接 is nothing without its address. */
function checkLink(kind: TMaterialKind, link: string | null) {
  if (kind === 'link' && !link)
    throw new AppError('MATERIAL_LINK_REQUIRED', {}, [{ field: 'link' }]);
}

export async function create(ctx: RequestContext, input: TMaterialCreate): Promise<TMaterial> {
  checkLink(input.kind, input.link);
  const id = await inTransaction(ctx.db, async (tx) => {
    await checkCampaign(tx, input.campaignId);
    const { attachmentIds, ...fields } = input;
    const materialId = await insertMaterial(tx, { ...fields, createdBy: ctx.actor.userId });
    await attachments.claim(tx, ctx, attachmentIds, {
      ownerType: MATERIAL_ATTACHMENT_OWNER,
      ownerId: materialId,
    });
    await audit(tx, ctx, {
      action: 'create',
      entity: 'material',
      entityId: materialId,
      summary: auditText.material.create(input.title),
      after: input,
    });
    return materialId;
  });
  return get(ctx, id);
}

export async function update(ctx: RequestContext, id: string, patch: TMaterialUpdate) {
  await inTransaction(ctx.db, async (tx) => {
    const locked = await lockMaterial(tx, id);
    const before = locked && (await findMaterial(tx, readerOf(ctx), id));
    if (!before) throw notFound();
    checkLink(patch.kind ?? before.kind, patch.link === undefined ? before.link : patch.link);
    await checkCampaign(tx, patch.campaignId);
    if (patch.copies !== undefined && patch.copies !== null) {
      const sent = await sentOf(tx, id);
      if (patch.copies < sent.copies) {
        throw new AppError('MATERIAL_COPIES.belowSent', { sent: sent.copies }, [
          { field: 'copies' },
        ]);
      }
    }
    const { attachmentIds, ...fields } = patch;
    await updateMaterial(tx, id, fields);
    if (attachmentIds?.length) {
      await attachments.claim(tx, ctx, attachmentIds, {
        ownerType: MATERIAL_ATTACHMENT_OWNER,
        ownerId: id,
      });
    }
    await audit(tx, ctx, {
      action: 'update',
      entity: 'material',
      entityId: id,
      summary: auditText.material.update(before.title),
      before,
      after: await findMaterial(tx, readerOf(ctx), id),
    });
  });
  return get(ctx, id);
}

/** Only while nothing was sent or studied: those are the record of who got and read what. */
export async function remove(ctx: RequestContext, id: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const locked = await lockMaterial(tx, id);
    if (!locked) throw notFound();
    const sent = await sentOf(tx, id);
    if (sent.units > 0) {
      throw new AppError('MATERIAL_SENT.count', { title: locked.title, units: sent.units });
    }
    // who studied it is part of the participation record
    const viewed = await viewsOf(tx, id);
    if (viewed > 0) throw new AppError('MATERIAL_SENT.viewed', { title: locked.title, viewed });
    await deleteMaterial(tx, id);
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'material',
      entityId: id,
      summary: auditText.material.delete(locked.title),
      before: locked,
    });
  });
}

// ---- distributions ------------------------------------------------------------------------------

async function distributionsOut(
  db: DbOrTx,
  ctx: RequestContext,
  rows: TDistributionRow[],
): Promise<TMaterialDistribution[]> {
  const photos = await attachments.listOf(
    db,
    RECEIPT_ATTACHMENT_OWNER,
    rows.map((r) => r.id),
  );
  return rows.map(({ orgPath: _p, ...r }) => ({
    ...r,
    photos: photos.get(r.id) ?? [],
    canConfirm: r.receivedAt === null && mayConfirm(ctx.actor),
    removable: r.receivedAt === null && mayRemoveSending(ctx.actor),
  }));
}

async function requireMaterial(db: DbOrTx, ctx: RequestContext, id: string) {
  const m = await findMaterial(db, readerOf(ctx), id);
  if (!m) throw notFound();
  return m;
}

/** The sendings of a material in the reader's scope (a unit sees its own), 未签收 first. */
export async function distributions(ctx: RequestContext, id: string, q: TDistributionListQuery) {
  await requireMaterial(ctx.db, ctx, id);
  const scope = scopeOf(ctx.actor);
  const orgPath = q.orgId ? (await requireOrgInScope(ctx.db, scope, q.orgId)).path : undefined;
  const { items, total } = await listDistributions(
    ctx.db,
    scope,
    id,
    { q: q.q, orgPath, received: q.received },
    pageOf(q),
  );
  return { items: await distributionsOut(ctx.db, ctx, items), total };
}

/**
 * 发放: the same quantity to each unit on one day, all or none. The material's row is locked, so
 * two sendings at once are checked against `copies` one after the other.
 */
export async function send(ctx: RequestContext, id: string, body: TMaterialSend) {
  if (body.sentOn > todayInChina()) {
    throw new AppError('MATERIAL_DATE', {}, [{ field: 'sentOn' }]);
  }
  const orgIds = [...new Set(body.orgIds)];
  if (orgIds.length !== body.orgIds.length) {
    throw new AppError('VALIDATION.materialOrgRepeated', {}, [{ field: 'orgIds' }]);
  }
  const made = await inTransaction(ctx.db, async (tx) => {
    const material = await lockMaterial(tx, id);
    if (!material) throw notFound();
    const scope = scopeOf(ctx.actor);
    const dir = await loadOrgDirectory(tx, scope);
    const visible = new Set(dir.visible.map((o) => o.id));
    if (orgIds.some((o) => !visible.has(o))) {
      throw new AppError('NOT_FOUND.org', {}, [{ field: 'orgIds' }]);
    }
    const already = await alreadySentTo(tx, id, orgIds);
    if (already.length) {
      const orgs = already.map((o) => o.name).join('、');
      throw new AppError('MATERIAL_ALREADY_SENT.named', { orgs }, [{ field: 'orgIds' }]);
    }
    const wanted = body.quantity * orgIds.length;
    if (material.copies !== null) {
      const sent = await sentOf(tx, id);
      const left = material.copies - sent.copies;
      if (wanted > left) {
        const params = { title: material.title, copies: material.copies, sent: sent.copies };
        throw new AppError('MATERIAL_COPIES.left', { ...params, left, wanted }, [
          { field: 'quantity' },
        ]);
      }
    }
    const ids = await insertDistributions(
      tx,
      orgIds.map((orgId) => ({
        materialId: id,
        orgId,
        quantity: body.quantity,
        sentOn: body.sentOn,
      })),
    );
    await audit(tx, ctx, {
      action: 'create',
      entity: 'material_distribution',
      entityId: ids.length === 1 ? (ids[0] ?? null) : id,
      summary: auditText.materialDistribution.create(
        material.title,
        orgIds.length,
        body.quantity,
        body.sentOn,
      ),
      after: { materialId: id, ...body, distributionIds: ids },
    });
    return ids;
  });
  const scope = scopeOf(ctx.actor);
  const rows = await Promise.all(made.map((did) => findDistribution(ctx.db, scope, id, did)));
  const items = await distributionsOut(
    ctx.db,
    ctx,
    rows.filter((r): r is TDistributionRow => Boolean(r)),
  );
  return { items, total: items.length };
}

export async function removeDistribution(ctx: RequestContext, id: string, did: string) {
  await inTransaction(ctx.db, async (tx) => {
    const before = await findDistribution(tx, scopeOf(ctx.actor), id, did);
    if (!before) throw notFound();
    if (before.receivedAt !== null || !(await deleteDistribution(tx, did))) {
      throw new AppError('MATERIAL_RECEIVED.removal', { org: before.orgName });
    }
    await audit(tx, ctx, {
      action: 'delete',
      entity: 'material_distribution',
      entityId: did,
      summary: auditText.materialDistribution.delete(before.materialTitle, before.orgName),
      before,
    });
  });
}

async function distribution(ctx: RequestContext, id: string, did: string) {
  const row = await findDistribution(ctx.db, scopeOf(ctx.actor), id, did);
  if (!row) throw notFound();
  const [out] = await distributionsOut(ctx.db, ctx, [row]);
  return out as TMaterialDistribution;
}

/**
 * 确认签收: once. The update is conditional on no receipt yet, so of two confirmations at once
 * one records it and the other is told it is received (409), without a second audit row.
 */
export async function receipt(
  ctx: RequestContext,
  id: string,
  did: string,
  body: TMaterialReceipt,
): Promise<TMaterialDistribution> {
  await inTransaction(ctx.db, async (tx) => {
    const before = await findDistribution(tx, scopeOf(ctx.actor), id, did);
    if (!before) throw notFound();
    if (before.receivedAt !== null) throw new AppError('MATERIAL_RECEIVED');
    if (body.receivedQuantity > before.quantity) {
      throw new AppError('VALIDATION.materialReceivedMore', { quantity: before.quantity }, [
        { field: 'receivedQuantity' },
      ]);
    }
    const done = await markReceived(tx, did, {
      receivedBy: ctx.actor.userId,
      receivedQuantity: body.receivedQuantity,
      receiptNote: body.note,
      at: new Date(),
    });
    if (!done) throw new AppError('MATERIAL_RECEIVED');
    await attachments.claim(tx, ctx, body.attachmentIds, {
      ownerType: RECEIPT_ATTACHMENT_OWNER,
      ownerId: did,
    });
    await audit(tx, ctx, {
      action: 'update',
      entity: 'material_distribution',
      entityId: did,
      summary: auditText.materialDistribution.receipt(
        before.materialTitle,
        before.orgName,
        body.receivedQuantity,
      ),
      before,
      after: body,
    });
  });
  return distribution(ctx, id, did);
}

// ---- reminders ----------------------------------------------------------------------------------

/** The moment China's today began. */
const startOfChinaDay = (now: Date) => new Date(`${todayInChina(now)}T00:00:00+08:00`);

/**
 * 一键提醒: every sending not confirmed in the scope (of one material or all) and not reminded
 * today gets one in-app notice to each admin account of its unit; `dryRun` only counts, so the
 * page can say how many before it sends. A sending is reminded at most once a day (reminded_at,
 * claimed by a conditional update, and the notices' dedupe key).
 */
export async function sendReminders(
  ctx: RequestContext,
  body: TMaterialReminder,
): Promise<TMaterialReminderResult> {
  if (body.materialId) await requireMaterial(ctx.db, ctx, body.materialId);
  const now = new Date();
  const dayStart = startOfChinaDay(now);
  const scope = scopeOf(ctx.actor);
  const pending = await unconfirmedDistributions(ctx.db, scope, body.materialId);
  const due = pending.filter((d) => d.remindedAt === null || d.remindedAt < dayStart);
  const admins = await unitAdminsOf(ctx.db, [...new Set(due.map((d) => d.orgId))]);
  const withAdmin = new Set(admins.map((a) => a.orgId));
  const counts = {
    unconfirmed: pending.length,
    due: due.length,
    units: new Set(due.map((d) => d.orgId)).size,
    withoutAdmin: due.filter((d) => !withAdmin.has(d.orgId)).length,
  };
  if (body.dryRun || due.length === 0) return { ...counts, sent: 0 };
  const today = todayInChina(now);
  const sent = await inTransaction(ctx.db, async (tx) => {
    const claimed = new Set(
      await markReminded(
        tx,
        due.map((d) => d.id),
        dayStart,
        now,
      ),
    );
    const n = await notify(
      tx,
      due
        .filter((d) => claimed.has(d.id))
        .flatMap((d) =>
          admins
            .filter((a) => a.orgId === d.orgId)
            .map((a) => ({
              userId: a.userId,
              kind: 'material_reminder' as const,
              title: materialText.reminderTitle(d.title),
              body: materialText.reminderBody(d.orgName, d.title),
              link: '/materials',
              dedupeKey: `material-receipt:${d.id}:${today}`,
            })),
        ),
    );
    await audit(tx, ctx, {
      action: 'create',
      entity: 'notification',
      entityId: null,
      summary: auditText.material.reminders(claimed.size, counts.units, n),
    });
    return n;
  });
  return { ...counts, sent };
}

// ---- views --------------------------------------------------------------------------------------

/** 标记已学: the cadre's own mark on an online material; a second keeps the first time. */
export async function recordView(ctx: RequestContext, id: string): Promise<TMaterialView> {
  const material = await get(ctx, id);
  const cadreId = ctx.actor.cadreId;
  if (!cadreId) throw new AppError('MATERIAL_NO_CADRE');
  if (!material.online) throw new AppError('MATERIAL_NOT_ONLINE');
  await inTransaction(ctx.db, async (tx) => {
    if (!(await insertView(tx, id, cadreId))) return;
    await audit(tx, ctx, {
      action: 'create',
      entity: 'material',
      entityId: id,
      summary: auditText.material.viewed((await cadreName(tx, cadreId)) ?? '', material.title),
      after: { cadreId },
    });
  });
  const view = await findView(ctx.db, id, cadreId);
  if (!view) throw notFound();
  return view;
}

// ---- for other modules ---------------------------------------------------------------------------

/**
 * A campaign's copy (campaigns.copy) carries its materials: each row with its files, in the
 * caller's transaction, without distributions, receipts or studied marks; returns how many.
 */
export async function copyForCampaign(
  tx: DbOrTx,
  fromId: string,
  toId: string,
  createdBy: string | null,
): Promise<number> {
  const rows = await materialsOfCampaign(tx, fromId);
  const owners: { from: string; to: string }[] = [];
  for (const { id, ...fields } of rows) {
    owners.push({
      from: id,
      to: await insertMaterial(tx, { ...fields, campaignId: toId, createdBy }),
    });
  }
  await attachments.copyAttachmentRows(tx, MATERIAL_ATTACHMENT_OWNER, owners);
  return rows.length;
}
