import { monthOf, todayInChina } from '../../../common/dates.ts';
import type { TPairing } from '../../../common/households.ts';
import type { TRank } from '../../../common/org.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import {
  placeReadScopeOf,
  type RequestContext,
  type Scope,
  scopeOf,
} from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { changeInScope } from '../../platform/audited.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText, labels } from '../../platform/i18n/zh-CN.ts';
import { pageOf, splitPage } from '../../platform/paging.ts';
import { findCadre } from '../cadres/cadres.service.ts';
import { campaignForMonth } from '../campaigns/campaigns.service.ts';
import { rulesForMonth } from '../campaigns/quota-rules.service.ts';
import {
  categoryDirectory,
  findHousehold,
  findHouseholds,
} from '../households/households.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import {
  endPairing,
  findOpenPairings,
  findPairings,
  insertPairings,
  listPairings,
  type PairingFilter,
  pairingOverview,
} from './pairings.repo.ts';
import type {
  TPairingCreate,
  TPairingEnd,
  TPairingExportQuery,
  TPairingFilter,
  TPairingListQuery,
  TPairingOverviewItem,
  TPairingOverviewQuery,
} from './pairings.schemas.ts';

async function repoFilter(ctx: RequestContext, f: TPairingFilter): Promise<PairingFilter> {
  const { orgId, mine, ...rest } = f;
  const filter: PairingFilter = { ...rest };
  if (orgId) filter.orgPath = (await requireOrgInScope(ctx.db, scopeOf(ctx.actor), orgId)).path;
  // an account without a cadre has no pairings of its own: an id that matches nothing
  if (mine) filter.cadreId = ctx.actor.cadreId ?? '00000000-0000-7000-8000-000000000000';
  return filter;
}

/**
 * A pairing is in scope when its cadre is — except for one household's history: whoever may read
 * the household (a unit admin reads the households at the contact points of the units above too)
 * sees all its pairings, also those with cadres of other units, as the household list names them.
 */
async function listScope(ctx: RequestContext, householdId: string | undefined): Promise<Scope> {
  const scope = scopeOf(ctx.actor);
  if (!householdId || scope.kind === 'all') return scope;
  const readable = await findHousehold(ctx.db, placeReadScopeOf(ctx.actor), householdId);
  return readable ? { kind: 'all' } : scope;
}

const EXPORT_LIMIT = 100_000;

/** 结对 as listed: the same filter and the same scope as the list. */
export async function exportXlsx(
  ctx: RequestContext,
  { q, ...filter }: TPairingExportQuery,
): Promise<Buffer> {
  const scope = await listScope(ctx, filter.householdId);
  const { items } = await listPairings(
    ctx.db,
    scope,
    { ...(await repoFilter(ctx, filter)), q },
    {
      limit: EXPORT_LIMIT,
      offset: 0,
    },
  );
  const categories = await categoryDirectory(ctx.db);
  const X = excelText.pairings;
  const columns: Column<(typeof items)[number]>[] = [
    { header: X.columns.cadre, value: (p) => p.cadreName },
    { header: X.columns.rank, width: 8, value: (p) => labels.rank[p.cadreRank] },
    { header: X.columns.org, width: 24, value: (p) => p.cadreOrgName },
    { header: X.columns.household, value: (p) => p.householdHeadName },
    {
      header: X.columns.householdCategories,
      width: 16,
      value: (p) => categories.labelsOf(p.householdCategories),
    },
    { header: X.columns.contactPoint, width: 20, value: (p) => p.contactPointName },
    { header: X.columns.startDate, width: 12, value: (p) => p.startDate },
    { header: X.columns.endDate, width: 12, value: (p) => p.endDate ?? '' },
    {
      header: X.columns.status,
      width: 8,
      value: (p) => (p.active ? X.values.active : X.values.ended),
    },
    { header: X.columns.endReason, width: 24, value: (p) => p.endReason ?? '' },
  ];
  return buildSheet(X.sheet, columns, items);
}

export async function list(ctx: RequestContext, query: TPairingListQuery) {
  const {
    filter: { q: _q, ...filter },
    page,
  } = splitPage(query);
  const scope = await listScope(ctx, filter.householdId);
  return listPairings(ctx.db, scope, await repoFilter(ctx, filter), page);
}

/**
 * Pairs a cadre with households. Both must be in the writer's scope, and each household's contact
 * point must belong to the cadre's unit or a unit above it: a cadre goes to his unit's contact
 * point. All or nothing.
 */
export async function create(
  ctx: RequestContext,
  input: TPairingCreate,
): Promise<{ items: TPairing[] }> {
  const scope = scopeOf(ctx.actor);
  const ids = await inTransaction(ctx.db, async (tx) => {
    const cadre = await findCadre(tx, scope, input.cadreId);
    if (!cadre) throw new AppError('NOT_FOUND.cadre');
    if (!cadre.active) throw new AppError('PAIRING_CADRE_INACTIVE');
    const found = await findHouseholds(tx, scope, input.householdIds);
    if (found.length !== input.householdIds.length) throw new AppError('NOT_FOUND.household');
    for (const h of found) {
      if (!h.active) throw new AppError('HOUSEHOLD_INACTIVE.named', { name: h.headName });
      if (!cadre.orgPath.startsWith(h.orgPath))
        throw new AppError('PAIRING_UNIT_MISMATCH.named', {
          household: h.headName,
          contactPoint: h.contactPointName,
          householdOrg: h.orgName,
          cadre: cadre.name,
          cadreOrg: cadre.orgName,
        });
    }
    const open = await findOpenPairings(tx, cadre.id, input.householdIds);
    if (open.length) {
      const names = found
        .filter((h) => open.some((p) => p.householdId === h.id))
        .map((h) => h.headName);
      throw new AppError('PAIRING_DUPLICATE.named', {
        cadre: cadre.name,
        households: names.join('、'),
      });
    }
    const rows = await insertPairings(
      tx,
      found.map((h) => ({
        cadreId: cadre.id,
        householdId: h.id,
        startDate: input.startDate,
        createdBy: ctx.actor.userId,
      })),
    );
    for (const [i, row] of rows.entries()) {
      const h = found[i];
      await audit(tx, ctx, {
        action: 'create',
        entity: 'pairing',
        entityId: row.id,
        summary: auditText.pairing.create(cadre.name, h?.headName ?? ''),
        after: { cadreId: cadre.id, householdId: h?.id, startDate: input.startDate },
      });
    }
    return rows.map((r) => r.id);
  });
  return { items: await findPairings(ctx.db, scope, ids) };
}

/** Ends a pairing; it stays as history. */
export async function end(ctx: RequestContext, id: string, input: TPairingEnd): Promise<TPairing> {
  const find = async (tx: DbOrTx, scope: Scope) => (await findPairings(tx, scope, [id]))[0];
  await changeInScope(ctx, id, find, async (tx, before, scope) => {
    // the household must be in the writer's scope too, not only the cadre
    const [household] = await findHouseholds(tx, scope, [before.householdId]);
    if (!household) throw notFound();
    if (!before.active) throw new AppError('PAIRING_ENDED');
    if (input.endDate < before.startDate) {
      throw new AppError('PAIRING_DATES.beforeStart', { start: before.startDate }, [
        { field: 'endDate' },
      ]);
    }
    if (input.endDate > todayInChina()) throw new AppError('PAIRING_DATES.afterToday');
    await endPairing(tx, id, input.endDate, input.reason);
    return {
      action: 'update',
      entity: 'pairing',
      entityId: id,
      summary: auditText.pairing.end(before.cadreName, before.householdHeadName, input.reason),
      before: { endDate: null },
      after: input,
    };
  });
  const [row] = await findPairings(ctx.db, scopeOf(ctx.actor), [id]);
  if (!row) throw notFound();
  return row;
}

type HouseholdRange = { minHouseholds: number; maxHouseholds: number };

/** The range of paired households when no campaign rule applies (系统设置; the plan's 3–5). */
async function defaultRange(db: DbOrTx): Promise<HouseholdRange> {
  const s = await getSettings(db, ['pairings.minHouseholds', 'pairings.maxHouseholds']);
  return { minHouseholds: s['pairings.minHouseholds'], maxHouseholds: s['pairings.maxHouseholds'] };
}

/**
 * Per county- and section-level cadre: open pairings against the household range of the quota
 * rules in force this month (the 系统设置 range, 3–5 in 2014, when no campaign has one), and whether a
 * poor household (贫困户) is among them.
 */
export async function overview(ctx: RequestContext, query: TPairingOverviewQuery) {
  const scope = scopeOf(ctx.actor);
  const orgPath = query.orgId
    ? (await requireOrgInScope(ctx.db, scope, query.orgId)).path
    : undefined;
  const today = todayInChina();
  const { items, total } = await pairingOverview(
    ctx.db,
    scope,
    { orgPath, q: query.q },
    pageOf(query),
  );
  // the quota rules in force this month (campaigns module); the 系统设置 range without a campaign
  const campaign = await campaignForMonth(ctx.db, monthOf(today));
  const rules = campaign
    ? await rulesForMonth(ctx.db, campaign.id, monthOf(today))
    : new Map<TRank, HouseholdRange>();
  const fallback = await defaultRange(ctx.db);
  const rangeOf = (rank: TRank) => rules.get(rank) ?? fallback;
  return {
    items: items.map((c): TPairingOverviewItem => {
      const { minHouseholds, maxHouseholds } = rangeOf(c.rank);
      const status =
        c.openPairings < minHouseholds ? 'below' : c.openPairings > maxHouseholds ? 'above' : 'ok';
      return { ...c, hasPoor: c.poorPairings > 0, minHouseholds, maxHouseholds, status };
    }),
    total,
    source: campaign && rules.size ? ('campaign' as const) : ('default' as const),
    campaignName: campaign?.name ?? null,
  };
}

// ---- for other modules: they call these, never ./pairings.repo.ts (lint rule) -------------------
// Each runs on the db or transaction the caller passes, so it joins the caller's transaction.

/** Whether a cadre was paired with a household on a day; end a deactivated household's pairings. */
export { endOpenPairingsOfHousehold, wasPairedOn } from './pairings.repo.ts';
