import { useQuery } from '@tanstack/react-query';
import { useRowChange } from '../../../ui/list/mutations';
import { fetchOutboxItem, outboxKeys, retryOutboxItem } from '../api/outboxApi';

export function useOutboxItem(id: string | null) {
  return useQuery({
    queryKey: outboxKeys.detail(id ?? ''),
    queryFn: () => fetchOutboxItem(id ?? ''),
    enabled: id !== null,
  });
}

export function useRetryOutboxItem() {
  const change = useRowChange((id) => retryOutboxItem(id), outboxKeys.all);
  return { ...change, mutateAsync: (id: string) => change.mutateAsync({ id, arg: undefined }) };
}
