import type { RequestContext } from '../../platform/access.ts';
import { type AuditFilter, listAudit } from '../../platform/audit.repo.ts';

export function list(ctx: RequestContext, filter: AuditFilter) {
  return listAudit(ctx.db, filter);
}
