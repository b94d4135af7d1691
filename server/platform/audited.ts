import type { TAuditEntity } from '../../common/audit.ts';
import type { Tx } from '../db/client.ts';
import { inTransaction } from '../db/tx.ts';
import type { RequestContext } from './access.ts';
import { type AuditAction, audit } from './audit.ts';
import { notFound } from './errors.ts';

/** What one audit row says about a change (the actor and ip come from the request). */
export type AuditEntry = {
  action: AuditAction;
  entity: TAuditEntity;
  entityId: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
};

/** The audit row of a record just inserted; its id (an insert without a row is a bug). */
export async function auditCreated(
  tx: Tx,
  ctx: RequestContext,
  row: { id: string } | undefined,
  e: { entity: TAuditEntity; summary: string; after: unknown },
): Promise<string> {
  if (!row) throw new Error('insert returned no row');
  await audit(tx, ctx, { action: 'create', entityId: row.id, ...e });
  return row.id;
}

/**
 * One change of a record in the caller's scope, in one transaction: `find` it (404 when the
 * caller cannot see it), `change` it and write the audit row `change` describes.
 */
export async function changeInScope<R>(
  ctx: RequestContext,
  find: (tx: Tx) => Promise<R | null | undefined>,
  change: (tx: Tx, before: R) => Promise<AuditEntry>,
): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const before = await find(tx);
    if (!before) throw notFound();
    await audit(tx, ctx, await change(tx, before));
  });
}
