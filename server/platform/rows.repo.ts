import { and, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.ts';

/** A page of a list and the count of all its matches, the two queries side by side. */
export async function pageWithTotal<T>(
  items: PromiseLike<T[]>,
  total: PromiseLike<{ n: number }[]>,
): Promise<{ items: T[]; total: number }> {
  const [rows, [all]] = await Promise.all([items, total]);
  return { items: rows, total: all?.n ?? 0 };
}

/** Changes one row by its id; an empty PATCH changes nothing (Drizzle refuses an UPDATE without columns). */
export async function updateById<T extends PgTable & { id: AnyPgColumn }>(
  db: DbOrTx,
  table: T,
  id: string,
  patch: PgUpdateSetSource<T>,
): Promise<void> {
  if (Object.values(patch).every((v) => v === undefined)) return;
  await db.update(table).set(patch).where(eq(table.id, id));
}

/** The offset page a list route asks for. */
export type Page = { limit: number; offset: number };

/** A select that can still be cut to a page. */
type Pageable<T> = { limit(n: number): { offset(n: number): PromiseLike<T[]> } };

/** One page of an ordered select and the count of all its matches. */
export function listPage<T>(
  items: Pageable<T>,
  page: Page,
  total: PromiseLike<{ n: number }[]>,
): Promise<{ items: T[]; total: number }> {
  return pageWithTotal(items.limit(page.limit).offset(page.offset), total);
}

/** The first row of a select, or undefined. */
export async function firstRow<T>(rows: {
  limit(n: number): PromiseLike<T[]>;
}): Promise<T | undefined> {
  const [row] = await rows.limit(1);
  return row;
}

/** Inserts one row and gives its id. */
export async function insertId<T extends PgTable & { id: AnyPgColumn }>(
  db: DbOrTx,
  table: T,
  row: PgInsertValue<T>,
): Promise<string> {
  const [r] = await db.insert(table).values(row).returning({ id: table.id });
  if (!r) throw new Error('insert returned no row');
  return r.id as string;
}

/** Deletes one row by its id. */
export async function deleteById<T extends PgTable & { id: AnyPgColumn }>(
  db: DbOrTx,
  table: T,
  id: string,
): Promise<void> {
  await db.delete(table).where(eq(table.id, id));
}

/**
 * The writes of one table by its id, for a repository to export under its own names
 * (`export const updateVisit = visitRows.set`).
 */
export function rowsById<T extends PgTable & { id: AnyPgColumn }>(table: T) {
  return {
    /** inserts one row and gives its id */
    insert: (db: DbOrTx, row: PgInsertValue<T>) => insertId(db, table, row),
    /** changes one row; an empty patch changes nothing */
    update: (db: DbOrTx, id: string, patch: PgUpdateSetSource<T>) =>
      updateById(db, table, id, patch),
    /** changes one row always: even an empty patch sets the table's `$onUpdate` columns (updated_at) */
    async set(db: DbOrTx, id: string, patch: PgUpdateSetSource<T>): Promise<void> {
      // Drizzle refuses an UPDATE whose every value is undefined ("No values to set") before it
      // adds the `$onUpdate` columns: then the time stamp alone is set, or nothing without one
      const empty = Object.values(patch).every((v) => v === undefined);
      if (empty && !('updatedAt' in getTableColumns(table))) return;
      const values = empty ? ({ updatedAt: new Date() } as PgUpdateSetSource<T>) : patch;
      await db.update(table).set(values).where(eq(table.id, id));
    },
    /** deletes one row */
    remove: (db: DbOrTx, id: string) => deleteById(db, table, id),
  };
}

/** Each named column equals its value: `matching(pairings, { cadreId, householdId })`. */
export function matching<T extends PgTable>(
  table: T,
  values: Partial<T['$inferSelect']>,
): SQL | undefined {
  const columns: Record<string, AnyPgColumn> = getTableColumns(table);
  return and(
    ...Object.entries(values).map(([name, value]) => eq(columns[name] as AnyPgColumn, value)),
  );
}
