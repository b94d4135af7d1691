import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';

/** The columns an audit row is looked up by in tests. */
export type AuditMatch = {
  [K in 'id' | 'actorId' | 'action' | 'entity' | 'entityId' | 'summary']?: string;
};

/** The audit rows whose columns equal every value of `match`, in no particular order. */
export function auditRows(
  db: DbOrTx,
  match: AuditMatch,
): Promise<(typeof auditLog.$inferSelect)[]> {
  const conditions = Object.entries(match).map(([column, value]) =>
    eq(auditLog[column as keyof AuditMatch], value),
  );
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions));
}
