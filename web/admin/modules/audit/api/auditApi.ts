import { apiRequest, type Page, type QueryParams } from '../../../ui/api';
import type { AuditEvent, AuditFilters, AuditListParams } from '../types/audit';

export const auditKeys = {
  all: ['audit'] as const,
  list: (params: AuditListParams) => [...auditKeys.all, 'list', params] as const,
};

export const AUDIT_PATH = '/api/audit';

export function auditFilterQuery(f: AuditFilters): QueryParams {
  return { q: f.q?.trim(), entity: f.entity, action: f.action, from: f.from, to: f.to };
}

export function fetchAuditEvents(params: AuditListParams): Promise<Page<AuditEvent>> {
  return apiRequest<Page<AuditEvent>>(AUDIT_PATH, {
    query: {
      ...auditFilterQuery(params),
      page: params.page,
      pageSize: params.pageSize,
    },
  });
}
