import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchNotifications,
  markAllRead,
  markRead,
  notificationKeys,
} from '../api/notificationsApi';

const POLL_MS = 60_000;

/** The latest notifications and the unread count, polled every minute. */
export function useNotifications(pageSize: number) {
  return useQuery({
    queryKey: notificationKeys.list(pageSize),
    queryFn: () => fetchNotifications(pageSize),
    refetchInterval: POLL_MS,
    staleTime: POLL_MS / 2,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) => (id ? markRead(id) : markAllRead()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
