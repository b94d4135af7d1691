import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { t } from '../../../i18n';
import { useCurrentUserQuery } from '../../auth/hooks/useCurrentUser';
import { createVisit, uploadAttachment } from '../api/visitsApi';
import { createOutbox, type FlushResult, type OutboxItem } from '../utils/outbox';
import { hasIndexedDb, indexedDbStore, memoryStore } from '../utils/outboxDb';

/** One outbox per browser tab, over IndexedDB. */
export const outbox = createOutbox(hasIndexedDb ? indexedDbStore() : memoryStore(), {
  upload: async (photo) =>
    (await uploadAttachment(new File([photo.blob], photo.name, { type: photo.type }))).id,
  create: createVisit,
});

export const outboxPersistent = hasIndexedDb;

/** A snapshot of the signed-in account's items, refreshed after every change. */
let snapshot: { userId: string | null; items: OutboxItem[] } = { userId: null, items: [] };
const EMPTY: OutboxItem[] = [];
const listeners = new Set<() => void>();

async function reload(userId: string | null) {
  const items = userId ? await outbox.items(userId).catch(() => EMPTY) : EMPTY;
  snapshot = { userId, items };
  for (const listener of listeners) listener();
}

outbox.subscribe(() => void reload(snapshot.userId));

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The items waiting on this device for the signed-in account (待上传). */
export function useOutboxItems(): OutboxItem[] {
  const userId = useCurrentUserQuery().data?.id ?? null;
  const current = useSyncExternalStore(subscribe, () => snapshot);
  useEffect(() => {
    if (current.userId !== userId) void reload(userId);
  }, [current.userId, userId]);
  return current.userId === userId ? current.items : EMPTY;
}

/** Lists and progress that change once a visit reaches the server. */
export function useInvalidateVisitData() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['visits'] }),
        queryClient.invalidateQueries({ queryKey: ['compliance'] }),
      ]),
    [queryClient],
  );
}

/** Sends the waiting items; returns what happened so a button can say it. */
export function useFlushOutbox() {
  const userId = useCurrentUserQuery().data?.id ?? null;
  const invalidate = useInvalidateVisitData();
  return useCallback(async (): Promise<FlushResult | null> => {
    if (!userId) return null;
    const result = await outbox.flush(userId);
    if (result.sent > 0) await invalidate();
    return result;
  }, [userId, invalidate]);
}

const RETRY_MS = 2 * 60_000;

/**
 * Mounted once in the layout: sends the waiting items when the app starts, when the browser says
 * it is back online, and every two minutes while items wait (the `online` event does not fire when
 * the network is up but the server cannot be reached).
 */
export function useOutboxAutoSync(): void {
  const flush = useFlushOutbox();
  const items = useOutboxItems();
  const { message } = App.useApp();
  const waiting = items.some((item) => !item.rejected);

  const run = useCallback(async () => {
    const result = await flush().catch(() => null);
    if (result?.sent) void message.success(t('visits.outbox.uploaded', { count: result.sent }));
  }, [flush, message]);

  useEffect(() => {
    void run();
    const onOnline = () => void run();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [run]);

  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void run(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, run]);
}
