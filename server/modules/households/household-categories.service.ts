import type {
  THouseholdCategory,
  THouseholdCategoryCreate,
  THouseholdCategoryItem,
  THouseholdCategoryUpdate,
} from '../../../common/households.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import type { RequestContext } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { changeInScope } from '../../platform/audited.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import {
  findCategoryByLabel,
  type HouseholdCategoryRow,
  insertHouseholdCategory,
  listHouseholdCategories,
  lockHouseholdCategory,
  updateHouseholdCategory,
} from './household-categories.repo.ts';

/**
 * 住户类别 as data (CONVENTIONS rule 6): the 2014 categories are seed rows; the admin edits them,
 * each edit audited. Other modules read labels through `categoryDirectory`, never the table.
 */
export async function list(ctx: { db: DbOrTx }): Promise<{ items: THouseholdCategoryItem[] }> {
  return { items: await listHouseholdCategories(ctx.db) };
}

/** The categories by code and by label, for exports, imports and checks. */
export type CategoryDirectory = {
  items: HouseholdCategoryRow[];
  labelOf: (code: THouseholdCategory) => string;
  /** the labels of a household's codes, 、-joined, in the admin's order */
  labelsOf: (codes: readonly THouseholdCategory[]) => string;
  /** an active category by its label (import) */
  activeByLabel: (label: string) => HouseholdCategoryRow | undefined;
};

export async function categoryDirectory(db: DbOrTx): Promise<CategoryDirectory> {
  const items = await listHouseholdCategories(db);
  const byCode = new Map(items.map((c) => [c.code, c]));
  const labelOf = (code: string) => byCode.get(code)?.label ?? code;
  return {
    items,
    labelOf,
    labelsOf: (codes) =>
      items
        .filter((c) => codes.includes(c.code))
        .map((c) => c.label)
        .join('、'),
    activeByLabel: (label) => items.find((c) => c.active && c.label === label),
  };
}

/**
 * Refuses (400, on `body.categories.<i>` like the schema's own checks) a code that is no category
 * or a retired one; a retired code the household already carries (`kept`) may stay.
 */
export async function requireUsableCategories(
  db: DbOrTx,
  codes: readonly THouseholdCategory[],
  kept: readonly THouseholdCategory[] = [],
): Promise<void> {
  if (codes.length === 0) return;
  const byCode = new Map((await listHouseholdCategories(db)).map((c) => [c.code, c]));
  const index = codes.findIndex((code) => {
    const c = byCode.get(code);
    return !c || (!c.active && !kept.includes(code));
  });
  if (index < 0) return;
  const found = byCode.get(codes[index] ?? '');
  const field = `body.categories.${index}`;
  throw found
    ? new AppError('VALIDATION.categoryRetired', { label: found.label }, [{ field }])
    : new AppError('VALIDATION.categoryUnknown', { code: codes[index] ?? '' }, [{ field }]);
}

/** Refuses (400) a filter by a code that is no category (a retired one still finds its households). */
export async function requireKnownCategory(db: DbOrTx, code: string, field: string): Promise<void> {
  if ((await listHouseholdCategories(db)).some((c) => c.code === code)) return;
  throw new AppError('VALIDATION.categoryUnknown', { code }, [{ field }]);
}

const forAudit = (c: Omit<HouseholdCategoryRow, 'updatedAt'>) => ({
  code: c.code,
  label: c.label,
  sortOrder: c.sortOrder,
  active: c.active,
  countsAsPoor: c.countsAsPoor,
});

async function requireLabelFree(db: DbOrTx, label: string, code?: string) {
  const other = await findCategoryByLabel(db, label);
  if (other && other.code !== code) {
    throw new AppError('DUPLICATE.categoryLabel', { label }, [{ field: 'label' }]);
  }
}

async function findItem(db: DbOrTx, code: string): Promise<THouseholdCategoryItem> {
  const item = (await listHouseholdCategories(db)).find((c) => c.code === code);
  if (!item) throw notFound();
  return item;
}

export async function create(
  ctx: RequestContext,
  input: THouseholdCategoryCreate,
): Promise<THouseholdCategoryItem> {
  await inTransaction(ctx.db, async (tx) => {
    await requireLabelFree(tx, input.label);
    if (!(await insertHouseholdCategory(tx, input))) {
      throw new AppError('DUPLICATE.categoryCode', { code: input.code }, [{ field: 'code' }]);
    }
    await audit(tx, ctx, {
      action: 'create',
      entity: 'household_category',
      entityId: input.code,
      summary: auditText.householdCategory.create(input.label, input.countsAsPoor),
      after: forAudit(input),
    });
  });
  return findItem(ctx.db, input.code);
}

/** Renames, reorders, retires or flags a category; the code never changes (households keep it). */
export async function update(ctx: RequestContext, code: string, patch: THouseholdCategoryUpdate) {
  await changeInScope(
    ctx,
    code,
    (tx) => lockHouseholdCategory(tx, code),
    async (tx, before) => {
      if (patch.label !== undefined) await requireLabelFree(tx, patch.label, code);
      await updateHouseholdCategory(tx, code, patch);
      const after = { ...before, ...patch };
      return {
        action: 'update',
        entity: 'household_category',
        entityId: code,
        summary: auditText.householdCategory.update(before, after),
        before: forAudit(before),
        after: forAudit(after),
      };
    },
  );
  return findItem(ctx.db, code);
}
