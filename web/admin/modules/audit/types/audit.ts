import type { TAuditAction, TAuditEntity } from '../../../../../common/audit.ts';
import type { ZAuditItemSchema } from '../../../../../common/audit-log.ts';
import type { TJson } from '../../../../../common/zod.ts';

/**
 * The kinds of object the server writes, with their labels (common/audit.ts: the server's
 * audit() takes only these), and the log's answer (common/audit-log.ts). No zod in the bundle.
 */
export {
  AUDIT_ACTIONS as auditActions,
  AUDIT_ENTITIES as auditEntities,
  type TAuditAction as AuditAction,
  type TAuditEntity as AuditEntity,
} from '../../../../../common/audit.ts';

/** One entry of the audit log (审计日志); never editable. */
export type AuditEvent = TJson<typeof ZAuditItemSchema>;

export type AuditFilters = {
  q?: string;
  entity?: TAuditEntity;
  action?: TAuditAction;
  /** ISO date-times */
  from?: string;
  to?: string;
};

export type AuditListParams = AuditFilters & { page: number; pageSize: number };
