import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { householdCategories } from '../../db/schema/index.ts';

export type HouseholdCategoryRow = typeof householdCategories.$inferSelect;

/** Every category, in the admin's order (retired ones too: households keep their codes). */
export async function listHouseholdCategories(db: DbOrTx): Promise<HouseholdCategoryRow[]> {
  return db
    .select()
    .from(householdCategories)
    .orderBy(asc(householdCategories.sortOrder), asc(householdCategories.code));
}

/** The row, locked for this transaction, so two edits of one category run one after the other. */
export async function lockHouseholdCategory(db: DbOrTx, code: string) {
  const [row] = await db
    .select()
    .from(householdCategories)
    .where(eq(householdCategories.code, code))
    .for('update');
  return row;
}

export async function findCategoryByLabel(db: DbOrTx, label: string) {
  const [row] = await db
    .select()
    .from(householdCategories)
    .where(eq(householdCategories.label, label));
  return row;
}

/** Inserts the category; false when the code is taken (nothing written). */
export async function insertHouseholdCategory(
  db: DbOrTx,
  row: Omit<HouseholdCategoryRow, 'updatedAt'>,
): Promise<boolean> {
  const inserted = await db
    .insert(householdCategories)
    .values(row)
    .onConflictDoNothing({ target: householdCategories.code })
    .returning({ code: householdCategories.code });
  return inserted.length > 0;
}

export async function updateHouseholdCategory(
  db: DbOrTx,
  code: string,
  patch: Partial<Omit<HouseholdCategoryRow, 'code' | 'updatedAt'>>,
): Promise<void> {
  await db
    .update(householdCategories)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(householdCategories.code, code));
}
