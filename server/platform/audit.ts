import type { DbOrTx } from '../db/client.ts';
import type { Actor } from './access.ts';
import { insertAudit } from './audit.repo.ts';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'import'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'read_personal';

/**
 * Writes one audit row. Call it with the transaction of the change it records, so the change and
 * its audit row commit or roll back together.
 */
export async function audit(
  tx: DbOrTx,
  who: { actor: Pick<Actor, 'userId' | 'name'> | null; ip: string | null },
  e: {
    action: AuditAction;
    entity: string;
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
  });
}
