import type {
  TContactPoint,
  TContactPointCreate,
  TContactPointUpdate,
} from '../../../common/org.ts';
import { inTransaction } from '../../db/tx.ts';
import {
  pathInScope,
  placeReadScopeOf,
  type RequestContext,
  scopeOf,
} from '../../platform/access.ts';
import { auditCreated, changeInScope } from '../../platform/audited.ts';
import { notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText, labels } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { contactPointPolicy } from './contact-points.policy.ts';
import {
  deleteContactPoint,
  findContactPoint,
  insertContactPoint,
  listContactPoints,
  type TContactPointRow,
  updateContactPoint,
} from './contact-points.repo.ts';
import type { TContactPointFilter, TContactPointListQuery } from './contact-points.schemas.ts';

/** Points of the units above are listed too (read-only): cadres of a branch go there. */
const withEditable =
  (ctx: RequestContext) =>
  ({ orgPath, ...p }: TContactPointRow): TContactPoint => ({
    ...p,
    editable:
      contactPointPolicy.write.includes(ctx.actor.role) && pathInScope(scopeOf(ctx.actor), orgPath),
  });

export async function list(ctx: RequestContext, query: TContactPointListQuery) {
  const orgPath = query.orgId
    ? (await requireOrgInScope(ctx.db, scopeOf(ctx.actor), query.orgId)).path
    : undefined;
  const { items, total } = await listContactPoints(
    ctx.db,
    placeReadScopeOf(ctx.actor),
    { q: query.q, orgPath },
    pageOf(query),
  );
  return { items: items.map(withEditable(ctx)), total };
}

export async function get(ctx: RequestContext, id: string): Promise<TContactPoint> {
  const row = await findContactPoint(ctx.db, placeReadScopeOf(ctx.actor), id);
  if (!row) throw notFound();
  return withEditable(ctx)(row);
}

export async function create(
  ctx: RequestContext,
  input: TContactPointCreate,
): Promise<TContactPoint> {
  const id = await inTransaction(ctx.db, async (tx) => {
    await requireOrgInScope(tx, scopeOf(ctx.actor), input.orgId);
    const row = { id: await insertContactPoint(tx, input) };
    const summary = auditText.contactPoint.create(input.name);
    return auditCreated(tx, ctx, row, { entity: 'contact_point', summary, after: input });
  });
  return get(ctx, id);
}

export async function update(ctx: RequestContext, id: string, patch: TContactPointUpdate) {
  await changeInScope(ctx, id, findContactPoint, async (tx, before, scope) => {
    if (patch.orgId && patch.orgId !== before.orgId)
      await requireOrgInScope(tx, scope, patch.orgId);
    await updateContactPoint(tx, id, patch);
    const after = await findContactPoint(tx, scope, id);
    const summary = auditText.contactPoint.update(before.name);
    return { action: 'update', entity: 'contact_point', entityId: id, summary, before, after };
  });
  return get(ctx, id);
}

export async function remove(ctx: RequestContext, id: string): Promise<void> {
  await changeInScope(ctx, id, findContactPoint, async (tx, before) => {
    await deleteContactPoint(tx, id);
    const summary = auditText.contactPoint.delete(before.name);
    return { action: 'delete', entity: 'contact_point', entityId: id, summary, before };
  });
}

const EXPORT_LIMIT = 100_000;

/** 基层联系点 as listed: the same filter and the same scope (the reader's and the units above). */
export async function exportXlsx(
  ctx: RequestContext,
  filter: TContactPointFilter,
): Promise<Buffer> {
  const orgPath = filter.orgId
    ? (await requireOrgInScope(ctx.db, scopeOf(ctx.actor), filter.orgId)).path
    : undefined;
  const { items } = await listContactPoints(
    ctx.db,
    placeReadScopeOf(ctx.actor),
    { q: filter.q, orgPath },
    { limit: EXPORT_LIMIT, offset: 0 },
  );
  const X = excelText.contactPoints;
  const columns: Column<TContactPointRow>[] = [
    { header: X.columns.name, width: 24, value: (p) => p.name },
    { header: X.columns.kind, width: 8, value: (p) => labels.contactPointKind[p.kind] },
    { header: X.columns.org, width: 24, value: (p) => p.orgName },
    { header: X.columns.county, width: 14, value: (p) => p.county },
    { header: X.columns.address, width: 36, value: (p) => p.address },
    { header: X.columns.latitude, width: 10, value: (p) => p.latitude },
    { header: X.columns.longitude, width: 10, value: (p) => p.longitude },
  ];
  return buildSheet(X.sheet, columns, items);
}

// ---- for other modules: they call these, never ./contact-points.repo.ts (lint rule) -------------
// Each runs on the db or transaction the caller passes, so it joins the caller's transaction.

/** A contact point within the scope, or undefined. */
export { findContactPoint } from './contact-points.repo.ts';
