import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditKeys, fetchAuditEvents } from '../api/auditApi';
import type { AuditListParams } from '../types/audit';

export function useAuditEvents(params: AuditListParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: () => fetchAuditEvents(params),
    placeholderData: keepPreviousData,
  });
}
