import { eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
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
