import type { TAuditEntity } from '../../common/audit.ts';
import type { Tx } from '../db/client.ts';
import { inTransaction } from '../db/tx.ts';
import { type RequestContext, type Scope, scopeOf } from './access.ts';
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
 * One change of record `id` in the caller's scope, in one transaction: `find` it (404 when the
 * caller cannot see it), `change` it and write the audit row `change` describes.
 */
export async function changeInScope<R>(
  ctx: RequestContext,
  id: string,
  find: (tx: Tx, scope: Scope, id: string) => Promise<R | null | undefined>,
  change: (tx: Tx, before: R, scope: Scope) => Promise<AuditEntry>,
): Promise<void> {
  const scope = scopeOf(ctx.actor);
  await inTransaction(ctx.db, async (tx) => {
    const before = await find(tx, scope, id);
    if (!before) throw notFound();
    await audit(tx, ctx, await change(tx, before, scope));
  });
}
