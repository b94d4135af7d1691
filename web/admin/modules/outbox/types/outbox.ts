import type {
  TOutboxKind,
  TOutboxStatus,
  ZOutboxItemSchema,
} from '../../../../../common/outbox.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/outbox.ts, enumerations common/terms.ts); no zod here.
export {
  OUTBOX_KINDS as outboxKinds,
  OUTBOX_STATUSES as outboxStatuses,
  type TOutboxKind as OutboxKind,
  type TOutboxStatus as OutboxStatus,
} from '../../../../../common/terms.ts';

/** One message to a citizen (发件箱). In lists the recipient comes masked. */
export type OutboxItem = TJson<typeof ZOutboxItemSchema>;

export type OutboxFilters = { q?: string; kind?: TOutboxKind; status?: TOutboxStatus };
export type OutboxListParams = OutboxFilters & { page: number; pageSize: number };

/** A failed message may be sent again; a kept one too once a relay or gateway is configured. */
export const isRetryable = (m: Pick<OutboxItem, 'status'>) =>
  m.status === 'failed' || m.status === 'kept';
