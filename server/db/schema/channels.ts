import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { OUTBOX_KINDS, OUTBOX_STATUSES } from '../../../common/terms.ts';
import { cases } from './cases.ts';
import { createdAt, idColumn } from './columns.ts';

/**
 * 发件箱 — every e-mail and SMS Tiexin sends (acknowledgement with the tracking code, answer,
 * rating invitation, merge notice). Written in the transaction that causes it; a sender delivers
 * pending rows. Without a relay/provider configured rows stay `kept`, readable by the admin.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: idColumn(),
    kind: text('kind', { enum: OUTBOX_KINDS }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull().default(''),
    body: text('body').notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    /**
     * pending → sent | failed (after retries) | kept (no relay configured); capped: over a daily
     * receipt cap (系统设置), written so the 发件箱 shows it, never sent
     */
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** why a `capped` message was not sent, e.g. 同一号码今日已发送 3 条回执，已达上限 */
    cappedReason: text('capped_reason'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('outbox_status_idx').on(t.status, t.createdAt),
    index('outbox_case_idx').on(t.caseId),
  ],
);

/**
 * 回执计数 — how many receipts (回执) went out today to one recipient or for submissions from one
 * address. The row is also the lock: counting and queuing a receipt take it in one transaction,
 * so two submissions at once never both slip under a cap. `key` is a keyed hash (no phone
 * number, e-mail or IP address in the clear); old days are swept.
 */
export const receiptCounts = pgTable(
  'receipt_counts',
  {
    key: text('key').notNull(),
    /** the day in China (Asia/Shanghai) */
    day: date('day').notNull(),
    sent: integer('sent').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.day] })],
);
