import { daysBetween, monthBounds, todayInChina } from '../../../common/dates.ts';
import {
  MAX_VISIT_DAYS,
  type TVisit,
  type TVisitCreate,
  type TVisitUpdate,
} from '../../../common/visits.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type RequestContext, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { changeInScope } from '../../platform/audited.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import * as attachments from '../attachments/attachments.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { assertMayWriteFor } from './visits.policy.ts';
import {
  deleteVisit,
  findCadreWithPath,
  findContactPointWithPath,
  findVisit,
  findVisitByClientId,
  householdsAt,
  householdsOfVisits,
  insertVisit,
  listVisits,
  setVisitHouseholds,
  updateVisit,
} from './visits.repo.ts';
import type { TVisitFilter, TVisitListQuery } from './visits.schemas.ts';

/** a visit's photos (registered in visits.module.ts) */
export const VISIT_ATTACHMENT_OWNER = 'visit';
const OWNER = VISIT_ATTACHMENT_OWNER;

export const mayReadVisitFiles = async (ctx: RequestContext, visitId: string) =>
  Boolean(await findVisit(ctx.db, scopeOf(ctx.actor), visitId));

type VisitRow = NonNullable<Awaited<ReturnType<typeof findVisit>>>;

async function withDetails(db: DbOrTx, rows: VisitRow[]): Promise<TVisit[]> {
  const ids = rows.map((r) => r.id);
  const [hh, photos] = await Promise.all([
    householdsOfVisits(db, ids),
    attachments.listOf(db, OWNER, ids),
  ]);
  return rows.map(({ clientId: _c, createdBy: _b, ...r }) => ({
    ...r,
    households: hh.filter((h) => h.visitId === r.id).map(({ id, headName }) => ({ id, headName })),
    photos: photos.get(r.id) ?? [],
  }));
}

async function filterOf(ctx: RequestContext, q: TVisitFilter) {
  const scope = scopeOf(ctx.actor);
  const orgPath = q.orgId ? (await requireOrgInScope(ctx.db, scope, q.orgId)).path : undefined;
  const range = q.month ? monthBounds(q.month) : undefined;
  return {
    cadreId: q.cadreId,
    contactPointId: q.contactPointId,
    orgPath,
    from: range?.first ?? q.from,
    to: range?.last ?? q.to,
  };
}

export async function list(ctx: RequestContext, q: TVisitListQuery) {
  const where = await filterOf(ctx, q);
  const { items, total } = await listVisits(ctx.db, scopeOf(ctx.actor), where, pageOf(q));
  return { items: await withDetails(ctx.db, items), total };
}

const EXPORT_LIMIT = 100_000;

/** 走访台账: the filtered visit log as a workbook, one row a visit. */
export async function exportXlsx(ctx: RequestContext, q: TVisitFilter): Promise<Buffer> {
  const { items } = await listVisits(ctx.db, scopeOf(ctx.actor), await filterOf(ctx, q), {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  const rows = await withDetails(ctx.db, items);
  const X = excelText.visits;
  const headNames = (v: TVisit) => v.households.map((h) => h.headName).join('、');
  const columns: Column<TVisit>[] = [
    { header: X.columns.startDate, width: 12, value: (v) => v.startDate },
    { header: X.columns.endDate, width: 12, value: (v) => v.endDate },
    { header: X.columns.days, width: 6, value: (v) => v.days },
    { header: X.columns.cadre, value: (v) => v.cadreName },
    { header: X.columns.org, width: 24, value: (v) => v.orgName },
    { header: X.columns.contactPoint, value: (v) => v.contactPointName },
    { header: X.columns.households, width: 30, value: headNames },
    { header: X.columns.heard, width: 40, value: (v) => v.heard },
    { header: X.columns.done, width: 40, value: (v) => v.done },
    { header: X.columns.photoCount, width: 8, value: (v) => v.photos.length },
  ];
  return buildSheet(X.sheet, columns, rows);
}

export async function get(ctx: RequestContext, id: string): Promise<TVisit> {
  const row = await findVisit(ctx.db, scopeOf(ctx.actor), id);
  if (!row) throw notFound();
  const [visit] = await withDetails(ctx.db, [row]);
  return visit as TVisit;
}

/** The dates of a stay: not in the future, in order, at most MAX_VISIT_DAYS long. */
function checkDates(startDate: string, endDate: string): void {
  const today = todayInChina();
  if (endDate < startDate) throw new AppError('VISIT_DATES.reversed', {}, [{ field: 'endDate' }]);
  if (endDate > today) throw new AppError('VISIT_DATES.future');
  if (daysBetween(startDate, endDate) + 1 > MAX_VISIT_DAYS) {
    throw new AppError('VISIT_DATES.tooLong', { days: MAX_VISIT_DAYS });
  }
}

/** The contact point must be the cadre's unit's (or an ancestor unit's); households must be there. */
async function checkPlace(
  tx: DbOrTx,
  cadreOrgPath: string,
  contactPointId: string,
  householdIds: string[],
) {
  const point = await findContactPointWithPath(tx, contactPointId);
  if (!point || !cadreOrgPath.startsWith(point.orgPath)) throw new AppError('VISIT_CONTACT_POINT');
  const unique = [...new Set(householdIds)];
  const found = await householdsAt(tx, contactPointId, unique);
  if (found.length !== unique.length) throw new AppError('VISIT_HOUSEHOLDS');
  return unique;
}

export async function create(
  ctx: RequestContext,
  input: TVisitCreate,
): Promise<{ visit: TVisit; created: boolean }> {
  const cadreId = input.cadreId ?? ctx.actor.cadreId;
  if (!cadreId) throw new AppError('VISIT_CADRE_REQUIRED');
  assertMayWriteFor(ctx.actor, cadreId);
  if (input.clientId) {
    // a phone retrying an upload it already made: answer with what is stored
    const existing = await findVisitByClientId(ctx.db, input.clientId);
    if (existing && existing.createdBy === ctx.actor.userId)
      return { visit: await get(ctx, existing.id), created: false };
    if (existing) throw new AppError('CONFLICT');
  }
  const endDate = input.endDate ?? input.startDate;
  checkDates(input.startDate, endDate);
  const id = await inTransaction(ctx.db, async (tx) => {
    const cadre = await findCadreWithPath(tx, scopeOf(ctx.actor), cadreId);
    if (!cadre) throw new AppError('NOT_FOUND.visitCadre');
    if (!cadre.active) throw new AppError('VISIT_CADRE_INACTIVE');
    const householdIds = await checkPlace(
      tx,
      cadre.orgPath,
      input.contactPointId,
      input.householdIds,
    );
    const visitId = await insertVisit(tx, {
      cadreId,
      contactPointId: input.contactPointId,
      startDate: input.startDate,
      endDate,
      heard: input.heard,
      done: input.done,
      clientId: input.clientId ?? null,
      createdBy: ctx.actor.userId,
    });
    await setVisitHouseholds(tx, visitId, householdIds);
    await attachments.claim(tx, ctx, input.attachmentIds, { ownerType: OWNER, ownerId: visitId });
    await audit(tx, ctx, {
      action: 'create',
      entity: 'visit',
      entityId: visitId,
      summary: auditText.visit.create(cadre.name, input.startDate, endDate),
      after: { ...input, cadreId, endDate },
    });
    return visitId;
  });
  return { visit: await get(ctx, id), created: true };
}

export async function update(ctx: RequestContext, id: string, patch: TVisitUpdate) {
  await changeInScope(ctx, id, findVisit, async (tx, before, scope) => {
    assertMayWriteFor(ctx.actor, before.cadreId);
    const startDate = patch.startDate ?? before.startDate;
    const endDate = patch.endDate ?? before.endDate;
    checkDates(startDate, endDate);
    const cadre = await findCadreWithPath(tx, scope, before.cadreId);
    if (!cadre) throw notFound();
    const contactPointId = patch.contactPointId ?? before.contactPointId;
    if (patch.householdIds || patch.contactPointId) {
      const current = (await householdsOfVisits(tx, [id])).map((h) => h.id);
      const householdIds = await checkPlace(
        tx,
        cadre.orgPath,
        contactPointId,
        patch.householdIds ?? current,
      );
      await setVisitHouseholds(tx, id, householdIds);
    }
    await updateVisit(tx, id, {
      contactPointId,
      startDate,
      endDate,
      heard: patch.heard,
      done: patch.done,
    });
    if (patch.attachmentIds?.length) {
      await attachments.claim(tx, ctx, patch.attachmentIds, { ownerType: OWNER, ownerId: id });
    }
    return {
      action: 'update',
      entity: 'visit',
      entityId: id,
      summary: auditText.visit.update(before.cadreName, before.startDate),
      before,
      after: await findVisit(tx, scope, id),
    };
  });
  return get(ctx, id);
}

export async function remove(ctx: RequestContext, id: string): Promise<void> {
  await changeInScope(ctx, id, findVisit, async (tx, before) => {
    assertMayWriteFor(ctx.actor, before.cadreId);
    await deleteVisit(tx, id);
    const summary = auditText.visit.delete(before.cadreName, before.startDate);
    return { action: 'delete', entity: 'visit', entityId: id, summary, before };
  });
}

/**
 * 群众意见 (issue 13 §5): what a cadre wrote down he heard (听到了什么) on his visits overlapping
 * [from, to], newest first — the date, the contact point and the note; no household's name.
 */
export async function heardOnVisits(
  db: DbOrTx,
  cadreId: string,
  period: { from: string; to: string },
  limit: number,
) {
  const { items, total } = await listVisits(
    db,
    { kind: 'all' },
    { cadreId, ...period, heardOnly: true },
    { limit, offset: 0 },
  );
  return {
    items: items.map((v) => ({
      id: v.id,
      startDate: v.startDate,
      contactPointName: v.contactPointName,
      heard: v.heard,
    })),
    total,
  };
}
