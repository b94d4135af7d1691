import { OFFLINE_API_CACHE } from './offlineApi';

/**
 * Registers the admin app's service worker (ADR 0005) in a production build. Browsers offer
 * service workers only on https and on localhost; served over plain http the app works as before,
 * online only. `onFirstControl` runs when a worker takes over a page that had none (the first
 * visit): what the page loaded before went past the worker and must be asked again to be kept.
 */
export function registerServiceWorker(onFirstControl: () => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { serviceWorker } = navigator;
  if (!serviceWorker.controller) {
    serviceWorker.addEventListener('controllerchange', onFirstControl, { once: true });
  }
  serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}

/**
 * Forgets the API answers kept for offline use: at logout, at login and when the session ends, so
 * an offline reload never shows one account's data to the next person on this phone. The visits
 * waiting in the outbox stay: each belongs to the account that logged it and is shown and sent
 * only to it.
 */
export async function clearOfflineData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(OFFLINE_API_CACHE).catch(() => false);
}
