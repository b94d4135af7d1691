import type { TAuditEntity } from '../../../common/audit.ts';
import { audit } from '../../platform/audit.ts';
import type { Tx } from '../client.ts';

/** The audit row a demo loader writes for what it loaded: an import by the system, no one's. */
export function auditDemoLoad(tx: Tx, entity: TAuditEntity, summary: string): Promise<void> {
  return audit(
    tx,
    { actor: null, ip: null },
    { action: 'import', entity, entityId: null, summary },
  );
}
