import { apiRequest } from '../../../ui/api';

/** 站内通知 */
export type AppNotification = {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** where a click leads, e.g. /my */
  link: string | null;
  readAt: string | null;
  createdAt: string;
};

export type NotificationList = { items: AppNotification[]; total: number; unread: number };

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (pageSize: number) => [...notificationKeys.all, pageSize] as const,
};

export function fetchNotifications(pageSize: number): Promise<NotificationList> {
  return apiRequest<NotificationList>('/api/notifications', { query: { page: 1, pageSize } });
}

export function markRead(id: string): Promise<{ marked: number }> {
  return apiRequest(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export function markAllRead(): Promise<{ marked: number }> {
  return apiRequest('/api/notifications/read-all', { method: 'POST' });
}
