import { apiRequest, type Page } from '../../../ui/api';
import type { OutboxFilters, OutboxItem, OutboxListParams } from '../types/outbox';

export const outboxKeys = {
  all: ['outbox'] as const,
  list: (params: OutboxListParams) => [...outboxKeys.all, 'list', params] as const,
  detail: (id: string) => [...outboxKeys.all, 'detail', id] as const,
};

export const outboxQuery = (filters: OutboxFilters) => ({
  q: filters.q?.trim(),
  kind: filters.kind,
  status: filters.status,
});

export function fetchOutbox(params: OutboxListParams): Promise<Page<OutboxItem>> {
  return apiRequest<Page<OutboxItem>>('/api/outbox', {
    query: { ...outboxQuery(params), page: params.page, pageSize: params.pageSize },
  });
}

/** The full message with the recipient unmasked (the server audits this read). */
export function fetchOutboxItem(id: string): Promise<OutboxItem> {
  return apiRequest<OutboxItem>(`/api/outbox/${id}`);
}

export function retryOutboxItem(id: string): Promise<OutboxItem> {
  return apiRequest<OutboxItem>(`/api/outbox/${id}/retry`, { method: 'POST' });
}
