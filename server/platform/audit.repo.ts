import { and, count, desc, eq, gte, ilike, lt, lte, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';

export type AuditEntry = {
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
  ip: string | null;
};

export async function insertAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db
    .insert(auditLog)
    .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null });
}

export type AuditFilter = {
  q?: string;
  entity?: string;
  action?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
};

export type AuditRow = typeof auditLog.$inferSelect;

export async function listAudit(db: DbOrTx, f: AuditFilter) {
  const where = whereOf(f);
  const [items, [totalRow]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items, total: totalRow?.n ?? 0 };
}

export async function countAudit(db: DbOrTx, f: Omit<AuditFilter, 'page' | 'pageSize'>) {
  const [row] = await db.select({ n: count() }).from(auditLog).where(whereOf(f));
  return row?.n ?? 0;
}

/** The next page of the log in list order (newest first) after `after`: keyset paging for exports. */
export function listAuditAfter(
  db: DbOrTx,
  f: Omit<AuditFilter, 'page' | 'pageSize'>,
  after: Pick<AuditRow, 'at' | 'id'> | null,
  limit: number,
) {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        whereOf(f),
        after
          ? or(lt(auditLog.at, after.at), and(eq(auditLog.at, after.at), lt(auditLog.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

function whereOf(f: Omit<AuditFilter, 'page' | 'pageSize'>): SQL | undefined {
  const conds: (SQL | undefined)[] = [
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lte(auditLog.at, f.to) : undefined,
    f.q
      ? or(
          ilike(auditLog.summary, `%${f.q}%`),
          ilike(auditLog.actorName, `%${f.q}%`),
          eq(auditLog.entityId, f.q),
        )
      : undefined,
  ];
  return and(...conds);
}
