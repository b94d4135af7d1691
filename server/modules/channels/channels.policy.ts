import type { Role } from '../../platform/access.ts';

/** The 发件箱 holds citizens' addresses: bureau-wide roles read it, the admin re-sends. */
export const outboxPolicy = {
  read: ['admin', 'office'] as readonly Role[],
  retry: ['admin'] as readonly Role[],
  /** may see recipients in full (one message at a time, audited) and search them in full */
  reveal: ['admin', 'office'] as readonly Role[],
};
