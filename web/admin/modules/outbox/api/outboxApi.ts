import { apiRequest } from '../../../ui/api';
import type { OutboxItem } from '../types/outbox';

export const OUTBOX_PATH = '/api/outbox';

export const outboxKeys = {
  all: ['outbox'] as const,
  lists: () => [...outboxKeys.all, 'list'] as const,
  detail: (id: string) => [...outboxKeys.all, 'detail', id] as const,
};

/** The full message with the recipient unmasked (the server audits this read). */
export function fetchOutboxItem(id: string): Promise<OutboxItem> {
  return apiRequest<OutboxItem>(`${OUTBOX_PATH}/${id}`);
}

export function retryOutboxItem(id: string): Promise<OutboxItem> {
  return apiRequest<OutboxItem>(`${OUTBOX_PATH}/${id}/retry`, { method: 'POST' });
}
