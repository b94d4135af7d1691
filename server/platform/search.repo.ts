import { ilike, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A list's search box as SQL (only *.repo.ts files build queries): `q` occurs in one of these
 * columns, upper or lower case alike; no condition without a `q`. Personal columns (phone, ID
 * number) are searched with ./pii-search.repo.ts instead, which respects the masking.
 */
export function textSearch(q: string | undefined, ...columns: AnyPgColumn[]): SQL | undefined {
  return q ? or(...columns.map((c) => ilike(c, `%${q}%`))) : undefined;
}
