import { or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The SQL half of ./pii-search.ts (only *.repo.ts files build queries): the condition a list's
 * search puts on personal columns, so a term matches the full value only where the caller may
 * reveal it and the masked text everywhere else.
 */
export type PiiKind = 'phone' | 'idNumber' | 'email';
export type PiiField = { column: AnyPgColumn; kind: PiiKind };

/** SQL twins of maskPhone / maskIdNumber (./idnumber.ts) and maskRecipient (outbox). */
function maskedSql({ column: c, kind }: PiiField): SQL {
  switch (kind) {
    case 'phone':
      return sql`(case when length(${c}) >= 7 then left(${c}, 3) || '****' || right(${c}, 4) else '****' end)`;
    case 'idNumber':
      return sql`(left(${c}, 6) || '********' || substr(${c}, 15))`;
    case 'email':
      return sql`(case when strpos(${c}, '@') > 1 then left(${c}, 1) || '***' || substr(${c}, length(${c}) - strpos(reverse(${c}), '@') + 1) else '***' end)`;
  }
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A condition "q occurs in one of these personal fields", as far as the caller may see them.
 * `revealable`: true = every row's full value (a role that may reveal them all), false = none,
 * or a condition selecting the rows whose values the caller may reveal (e.g. his own unit's).
 */
export function piiMatch(
  fields: PiiField[],
  q: string,
  revealable: SQL | boolean,
): SQL | undefined {
  if (!q || fields.length === 0) return undefined;
  const pattern = `%${escapeLike(q)}%`;
  const masked = fields.map((f) => sql`${maskedSql(f)} ilike ${pattern}`);
  if (revealable === false) return or(...masked);
  const full = or(...fields.map((f) => sql`${f.column} ilike ${pattern}`)) as SQL;
  if (revealable === true) return full;
  return or(sql`(${revealable} and ${full})`, ...masked);
}
