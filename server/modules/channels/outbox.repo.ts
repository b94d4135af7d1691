import { and, desc, eq, ilike, inArray, lt, or, sql } from 'drizzle-orm';
import type { TOutboxKind, TOutboxStatus } from '../../../common/outbox.ts';
import type { DbOrTx } from '../../db/client.ts';
import { cases, outbox, receiptCounts } from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { piiMatch } from '../../platform/pii-search.repo.ts';
import { firstRow, listPage, type Page } from '../../platform/rows.repo.ts';

export type OutboxInsert = typeof outbox.$inferInsert;
export type OutboxFilter = {
  kind?: TOutboxKind;
  status?: TOutboxStatus;
  q?: string;
  /** q matches recipients in full (a role that may reveal them); else only as masked in the list */
  revealRecipients?: boolean;
};

export async function insertOutbox(db: DbOrTx, rows: OutboxInsert[]) {
  if (rows.length === 0) return;
  await db.insert(outbox).values(rows);
}

const columns = {
  id: outbox.id,
  kind: outbox.kind,
  recipient: outbox.recipient,
  subject: outbox.subject,
  body: outbox.body,
  caseId: outbox.caseId,
  trackingCode: cases.trackingCode,
  status: outbox.status,
  attempts: outbox.attempts,
  lastError: outbox.lastError,
  cappedReason: outbox.cappedReason,
  sentAt: outbox.sentAt,
  createdAt: outbox.createdAt,
};
const from = (db: DbOrTx) =>
  db.select(columns).from(outbox).leftJoin(cases, eq(cases.id, outbox.caseId));
export type OutboxRow = NonNullable<Awaited<ReturnType<typeof findOutbox>>>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(f: OutboxFilter) {
  const q = f.q ? `%${escapeLike(f.q)}%` : undefined;
  const reveal = Boolean(f.revealRecipients);
  return and(
    f.kind ? eq(outbox.kind, f.kind) : undefined,
    f.status ? eq(outbox.status, f.status) : undefined,
    q
      ? or(
          // the recipient as the list shows it, unless the caller may reveal it (pii-search.ts)
          and(
            eq(outbox.kind, 'sms'),
            piiMatch([{ column: outbox.recipient, kind: 'phone' }], f.q as string, reveal),
          ),
          and(
            eq(outbox.kind, 'email'),
            piiMatch([{ column: outbox.recipient, kind: 'email' }], f.q as string, reveal),
          ),
          ilike(outbox.subject, q),
          ilike(outbox.body, q),
          ilike(cases.trackingCode, q),
        )
      : undefined,
  );
}

/** What the list's WHERE looks at: the case a message is about, if any. */
const countJoins = [{ table: cases, on: eq(cases.id, outbox.caseId), left: true }];

/** The 发件箱, newest first. Only bureau-wide roles read it, so there is no unit scope to add. */
export async function listOutbox(db: DbOrTx, f: OutboxFilter, page: Page) {
  const where = whereOf(f);
  return listPage(
    from(db).where(where).orderBy(desc(outbox.createdAt), desc(outbox.id)),
    page,
    countWhere(db, outbox, countJoins, where),
  );
}

export async function findOutbox(db: DbOrTx, id: string) {
  return firstRow(from(db).where(eq(outbox.id, id)));
}

/** Messages waiting to go out, oldest first. */
export async function pendingBatch(db: DbOrTx, limit: number) {
  return db
    .select({
      id: outbox.id,
      kind: outbox.kind,
      recipient: outbox.recipient,
      subject: outbox.subject,
      body: outbox.body,
      attempts: outbox.attempts,
    })
    .from(outbox)
    .where(eq(outbox.status, 'pending'))
    .orderBy(outbox.createdAt, outbox.id)
    .limit(limit);
}

/**
 * Takes one attempt at a message: counts it only if nobody else did since we read the row, so
 * two app servers running the sender never both send the same attempt.
 */
export async function claimAttempt(db: DbOrTx, id: string, seenAttempts: number): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1` })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending'), eq(outbox.attempts, seenAttempts)))
    .returning({ id: outbox.id });
  return rows.length === 1;
}

export async function markDelivered(db: DbOrTx, id: string, status: 'sent' | 'kept') {
  await db
    .update(outbox)
    .set({ status, lastError: null, sentAt: status === 'sent' ? new Date() : null })
    .where(eq(outbox.id, id));
}

export async function markAttemptFailed(db: DbOrTx, id: string, error: string, final: boolean) {
  await db
    .update(outbox)
    .set({ lastError: error, ...(final ? { status: 'failed' as const } : {}) })
    .where(eq(outbox.id, id));
}

/** Back to pending with a fresh count; only a failed (or kept) message may be retried. */
export async function resetForRetry(db: DbOrTx, id: string) {
  const rows = await db
    .update(outbox)
    .set({ status: 'pending', attempts: 0 })
    .where(and(eq(outbox.id, id), inArray(outbox.status, ['failed', 'kept'])))
    .returning({ id: outbox.id });
  return rows.length === 1;
}

/** Pending rows whose attempts already reached the limit (a crash between attempt and result). */
export async function failExhausted(db: DbOrTx, maxAttempts: number) {
  await db
    .update(outbox)
    .set({ status: 'failed' })
    .where(and(eq(outbox.status, 'pending'), sql`${outbox.attempts} >= ${maxAttempts}`));
}

/**
 * Today's receipt counts of these keys, each row created if missing and locked for the caller's
 * transaction (an upsert that changes nothing still takes the row lock, and waits for a
 * concurrent one, then reads its committed count). Keys in sorted order, so two transactions
 * lock them in the same order. Row locks, not advisory locks: the same on PGlite, PostgreSQL and
 * distributed engines.
 */
export async function lockReceiptCounts(
  tx: DbOrTx,
  keys: string[],
  day: string,
): Promise<Map<string, number>> {
  const sorted = [...new Set(keys)].sort();
  const rows = await tx
    .insert(receiptCounts)
    .values(sorted.map((key) => ({ key, day, sent: 0 })))
    .onConflictDoUpdate({
      target: [receiptCounts.key, receiptCounts.day],
      set: { sent: sql`${receiptCounts.sent}` },
    })
    .returning({ key: receiptCounts.key, sent: receiptCounts.sent });
  return new Map(rows.map((r) => [r.key, r.sent]));
}

/** One more receipt today for each key (rows locked by lockReceiptCounts). */
export async function countReceipt(tx: DbOrTx, keys: string[], day: string) {
  await tx
    .update(receiptCounts)
    .set({ sent: sql`${receiptCounts.sent} + 1` })
    .where(and(inArray(receiptCounts.key, keys), eq(receiptCounts.day, day)));
}

/** Counts of days before `day` serve no cap any more. */
export async function sweepReceiptCounts(db: DbOrTx, day: string) {
  await db.delete(receiptCounts).where(lt(receiptCounts.day, day));
}
