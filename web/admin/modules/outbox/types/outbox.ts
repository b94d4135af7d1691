/** 邮件 / 短信 */
export const outboxKinds = ['email', 'sms'] as const;
export type OutboxKind = (typeof outboxKinds)[number];

/**
 * 待发送 → 已发送 | 发送失败 | 已保留 (no relay or SMS gateway configured); 超出上限未发送 (a
 * receipt over a daily cap of 系统设置, never sent)
 */
export const outboxStatuses = ['pending', 'sent', 'failed', 'kept', 'capped'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** One message to a citizen (发件箱). In lists the recipient comes masked. */
export type OutboxItem = {
  id: string;
  kind: OutboxKind;
  recipient: string;
  subject: string;
  body: string;
  caseId: string | null;
  trackingCode: string | null;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  /** why a capped message was not sent */
  cappedReason: string | null;
  sentAt: string | null;
  createdAt: string;
};

export type OutboxFilters = { q?: string; kind?: OutboxKind; status?: OutboxStatus };
export type OutboxListParams = OutboxFilters & { page: number; pageSize: number };

/** A failed message may be sent again; a kept one too once a relay or gateway is configured. */
export const isRetryable = (m: Pick<OutboxItem, 'status'>) =>
  m.status === 'failed' || m.status === 'kept';
