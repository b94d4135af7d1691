import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchOutbox, fetchOutboxItem, outboxKeys, retryOutboxItem } from '../api/outboxApi';
import type { OutboxListParams } from '../types/outbox';

export function useOutbox(params: OutboxListParams) {
  return useQuery({
    queryKey: outboxKeys.list(params),
    queryFn: () => fetchOutbox(params),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxItem(id: string | null) {
  return useQuery({
    queryKey: outboxKeys.detail(id ?? ''),
    queryFn: () => fetchOutboxItem(id ?? ''),
    enabled: id !== null,
  });
}

export function useRetryOutboxItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => retryOutboxItem(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
  });
}
