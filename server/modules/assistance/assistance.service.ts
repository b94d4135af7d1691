import { todayInChina } from '../../../common/dates.ts';
import type { TAssistance } from '../../../common/households.ts';
import { inTransaction } from '../../db/tx.ts';
import { type RequestContext, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { changeInScope } from '../../platform/audited.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText } from '../../platform/i18n/zh-CN.ts';
import { splitPage } from '../../platform/paging.ts';
import { findCadre } from '../cadres/cadres.service.ts';
import { categoryDirectory, findHouseholds } from '../households/households.service.ts';
import { requireOrgInScope } from '../orgs/orgs.service.ts';
import { wasPairedOn } from '../pairings/pairings.service.ts';
import {
  type AssistanceFilter,
  findAssistance,
  insertAssistance,
  listAssistance,
  updateAssistance,
} from './assistance.repo.ts';
import type {
  TAssistanceCreate,
  TAssistanceFilter,
  TAssistanceListQuery,
  TAssistanceUpdate,
} from './assistance.schemas.ts';

/** "2014-05" → "2014-06-01": the first day after the month. */
function dayAfterMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  // the year keeps its four digits: "0036-01" → "0036-02-01", not "36-02-01" (a 500, found by tests/faults)
  const year = (n: number) => String(n).padStart(4, '0');
  return m === 12 ? `${year(y + 1)}-01-01` : `${year(y)}-${String(m + 1).padStart(2, '0')}-01`;
}

async function repoFilter(ctx: RequestContext, f: TAssistanceFilter): Promise<AssistanceFilter> {
  const { orgId, from, to, ...rest } = f;
  return {
    ...rest,
    orgPath: orgId ? (await requireOrgInScope(ctx.db, scopeOf(ctx.actor), orgId)).path : undefined,
    fromDate: from ? `${from}-01` : undefined,
    beforeDate: to ? dayAfterMonth(to) : undefined,
  };
}

const isCadre = (ctx: RequestContext) => ctx.actor.role === 'cadre';

type AssistanceRow = Omit<TAssistance, 'editable'>;

/** Whether the user may edit the record: a cadre his own, the writers any in their scope. */
const withEditable = (ctx: RequestContext, row: AssistanceRow): TAssistance => ({
  ...row,
  editable:
    ctx.actor.role === 'inspector' ? false : !isCadre(ctx) || row.cadreId === ctx.actor.cadreId,
});

export async function list(ctx: RequestContext, query: TAssistanceListQuery) {
  const { filter, page } = splitPage(query);
  const where = await repoFilter(ctx, filter);
  const { items, total } = await listAssistance(ctx.db, scopeOf(ctx.actor), where, page);
  return { items: items.map((r) => withEditable(ctx, r)), total };
}

export async function get(ctx: RequestContext, id: string): Promise<TAssistance> {
  const row = await findAssistance(ctx.db, scopeOf(ctx.actor), id);
  if (!row) throw notFound();
  return withEditable(ctx, row);
}

function checkDate(date: string) {
  if (date > todayInChina()) throw new AppError('ASSISTANCE_DATE');
}

/**
 * Records assistance. A cadre records his own, for a household he was paired with on that day (the
 * pairing is what lets him reach a household at a contact point of a unit above his own); unit
 * admins and above record for any cadre and household in their scope.
 */
export async function create(ctx: RequestContext, input: TAssistanceCreate): Promise<TAssistance> {
  const scope = scopeOf(ctx.actor);
  checkDate(input.date);
  const id = await inTransaction(ctx.db, async (tx) => {
    let cadreId = input.cadreId;
    if (isCadre(ctx)) {
      if (!ctx.actor.cadreId) throw new AppError('ASSISTANCE_NOT_OWN.noCadre');
      if (cadreId && cadreId !== ctx.actor.cadreId) throw new AppError('ASSISTANCE_NOT_OWN');
      cadreId = ctx.actor.cadreId;
    }
    if (!cadreId) throw new AppError('VALIDATION.cadreRequired', {}, [{ field: 'cadreId' }]);
    const cadre = await findCadre(tx, scope, cadreId);
    if (!cadre) throw new AppError('NOT_FOUND.cadre');
    const [household] = await findHouseholds(tx, isCadre(ctx) ? { kind: 'all' } : scope, [
      input.householdId,
    ]);
    if (!household) throw new AppError('NOT_FOUND.household');
    if (isCadre(ctx) && !(await wasPairedOn(tx, cadre.id, household.id, input.date)))
      throw new AppError('ASSISTANCE_NOT_PAIRED.onDate', {
        date: input.date,
        name: household.headName,
      });
    const newId = await insertAssistance(tx, {
      householdId: household.id,
      cadreId: cadre.id,
      date: input.date,
      measure: input.measure,
      result: input.result,
      createdBy: ctx.actor.userId,
    });
    await audit(tx, ctx, {
      action: 'create',
      entity: 'assistance',
      entityId: newId,
      summary: auditText.assistance.create(cadre.name, household.headName, input.date),
      after: { ...input, cadreId: cadre.id },
    });
    return newId;
  });
  return get(ctx, id);
}

export async function update(ctx: RequestContext, id: string, patch: TAssistanceUpdate) {
  if (patch.date) checkDate(patch.date);
  await changeInScope(ctx, id, findAssistance, async (tx, before) => {
    if (isCadre(ctx)) {
      if (before.cadreId !== ctx.actor.cadreId) throw new AppError('ASSISTANCE_NOT_OWN');
      if (
        patch.date &&
        patch.date !== before.date &&
        !(await wasPairedOn(tx, before.cadreId, before.householdId, patch.date))
      )
        throw new AppError('ASSISTANCE_NOT_PAIRED.onNewDate', {
          date: patch.date,
          name: before.householdHeadName,
        });
    }
    await updateAssistance(tx, id, patch);
    return {
      action: 'update',
      entity: 'assistance',
      entityId: id,
      summary: auditText.assistance.update(before.cadreName, before.householdHeadName),
      before: { date: before.date, measure: before.measure, result: before.result },
      after: patch,
    };
  });
  return get(ctx, id);
}

const EXPORT_LIMIT = 100_000;

export async function exportXlsx(ctx: RequestContext, filter: TAssistanceFilter): Promise<Buffer> {
  const { items } = await listAssistance(
    ctx.db,
    scopeOf(ctx.actor),
    await repoFilter(ctx, filter),
    { limit: EXPORT_LIMIT, offset: 0 },
  );
  const categories = await categoryDirectory(ctx.db);
  const X = excelText.assistance;
  const columns: Column<(typeof items)[number]>[] = [
    { header: X.columns.date, width: 12, value: (a) => a.date },
    { header: X.columns.cadre, value: (a) => a.cadreName },
    { header: X.columns.org, width: 20, value: (a) => a.orgName },
    { header: X.columns.household, value: (a) => a.householdHeadName },
    {
      header: X.columns.householdCategories,
      width: 18,
      value: (a) => categories.labelsOf(a.householdCategories),
    },
    { header: X.columns.contactPoint, width: 18, value: (a) => a.contactPointName },
    { header: X.columns.measure, width: 40, value: (a) => a.measure },
    { header: X.columns.result, width: 40, value: (a) => a.result },
  ];
  return buildSheet(X.sheet, columns, items);
}
