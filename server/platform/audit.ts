import type { TAuditAction, TAuditEntity } from '../../common/audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { insertAudit } from './audit.repo.ts';

export type AuditAction = TAuditAction;

/**
 * Writes one audit row. Call it with the transaction of the change it records, so the change and
 * its audit row commit or roll back together.
 */
export async function audit(
  tx: DbOrTx,
  /** `userId` null: a job or a citizen, named by `name` */
  who: { actor: { userId: string | null; name: string } | null; ip: string | null },
  e: {
    action: AuditAction;
    /** one of common/audit.ts AUDIT_ENTITY_LABELS: every kind written has a label and a filter */
    entity: TAuditEntity;
    entityId: string | null;
    summary: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await insertAudit(tx, {
    actorId: who.actor?.userId ?? null,
    actorName: who.actor?.name ?? null,
    ip: who.ip,
    ...e,
    before: wellFormed(e.before),
    after: wellFormed(e.after),
  });
}

// a lone UTF-16 surrogate (broken text from a client) is stored as U+FFFD in text columns, but
// jsonb refuses its \ud800 escape outright: the audit copy gets the same U+FFFD as the row
// (found by tests/faults: such a name made every create a 500)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'string' ? v.replace(LONE_SURROGATE, '\uFFFD') : v,
    ),
  );
}
