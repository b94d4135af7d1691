import { apiRequest, type Page } from '../../../ui/api';
import type { AuditEvent, AuditListParams } from '../types/audit';

export const auditKeys = {
  all: ['audit'] as const,
  list: (params: AuditListParams) => [...auditKeys.all, 'list', params] as const,
};

export function fetchAuditEvents(params: AuditListParams): Promise<Page<AuditEvent>> {
  return apiRequest<Page<AuditEvent>>('/api/audit', {
    query: {
      q: params.q?.trim(),
      entity: params.entity,
      action: params.action,
      from: params.from,
      to: params.to,
      page: params.page,
      pageSize: params.pageSize,
    },
  });
}
