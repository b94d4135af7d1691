export const auditEntities = [
  'org',
  'cadre',
  'contact_point',
  'user',
  'session',
  'campaign',
  'campaign_phase',
  'campaign_activity',
  'assignment',
  'assignment_report',
  'quota_rule',
  'household',
  'pairing',
  'assistance',
  'visit',
  'notification',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'import'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'read_personal';
export const auditActions: readonly AuditAction[] = [
  'create',
  'update',
  'delete',
  'import',
  'login',
  'login_failed',
  'logout',
  'read_personal',
];

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
