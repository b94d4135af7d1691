import { count, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.ts';

/** A table joined into a count: inner unless `left` (a row without a match still counts). */
export type CountJoin = { table: PgTable; on: SQL; left?: boolean };

/**
 * The count of a list's matches: `count()` over the table and the joins its WHERE looks at (often
 * fewer than the page's own joins, which also fetch names for display).
 */
export function countWhere(
  db: DbOrTx,
  table: PgTable,
  joins: readonly CountJoin[],
  where: SQL | undefined,
): PromiseLike<{ n: number }[]> {
  let query = db.select({ n: count() }).from(table).$dynamic();
  for (const j of joins) {
    query = j.left ? query.leftJoin(j.table, j.on) : query.innerJoin(j.table, j.on);
  }
  return query.where(where);
}

/** How many rows match: `countWhere` as a number. */
export async function countOf(
  db: DbOrTx,
  table: PgTable,
  joins: readonly CountJoin[],
  where: SQL | undefined,
): Promise<number> {
  const [row] = await countWhere(db, table, joins, where);
  return row?.n ?? 0;
}
