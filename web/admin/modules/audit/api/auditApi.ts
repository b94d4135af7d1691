export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
};

export const AUDIT_PATH = '/api/audit';
