import { useOutboxAutoSync } from '../hooks/useOutbox';

/** Sends visits waiting on this phone whenever there is a chance (mounted once in the layout). */
export function OutboxSync() {
  useOutboxAutoSync();
  return null;
}
