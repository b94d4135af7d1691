import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  type TAuditAction,
  type TAuditEntity,
} from '../../../../../common/audit.ts';

/** Every kind of object the server writes (common/audit.ts: the server's audit() takes only these). */
export const auditEntities: readonly TAuditEntity[] = AUDIT_ENTITIES;
export type AuditEntity = TAuditEntity;
export type AuditAction = TAuditAction;
export const auditActions: readonly AuditAction[] = AUDIT_ACTIONS;

/** One entry of the audit log (审计日志); never editable. */
export type AuditEvent = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** Usually an AuditAction, but the server may log more kinds than this app knows. */
  action: string;
  entity: string;
  entityId: string | null;
  /** the object by name (null: none or a kind without a table); `name` null: deleted since */
  object: { name: string | null; campaignId: string | null; search: string | null } | null;
  summary: string;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export type AuditFilters = {
  q?: string;
  entity?: AuditEntity;
  action?: AuditAction;
  /** ISO date-times */
  from?: string;
  to?: string;
};

export type AuditListParams = AuditFilters & { page: number; pageSize: number };
