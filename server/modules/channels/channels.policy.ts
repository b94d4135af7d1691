import { ACCESS } from '../../../common/access.ts';

/** The 发件箱 holds citizens' addresses: bureau-wide roles read it, the admin re-sends. */
export const outboxPolicy = {
  read: ACCESS.outbox.read,
  retry: ACCESS.outbox.write,
  /** may see recipients in full (one message at a time, audited) and search them in full */
  reveal: ACCESS.outbox.reveal,
};
