import { createHmac } from 'node:crypto';
import { dateTimeInChina, todayInChina } from '../../../common/dates.ts';
import {
  OUTBOX_MAX_ATTEMPTS,
  outboxKindLabels,
  outboxStatusLabels,
  type TOutboxFilter,
  type TOutboxItem,
  type TOutboxListQuery,
} from '../../../common/outbox.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import type { RequestContext } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { excelText, receiptCapText } from '../../platform/i18n/zh-CN.ts';
import { maskPhone } from '../../platform/idnumber.ts';
import type { MailTransport } from '../../platform/mail/transport.ts';
import { pageOf } from '../../platform/paging.ts';
import { auditPiiSearch } from '../../platform/pii-search.ts';
import type { SmsProvider } from '../../platform/sms.ts';
import { getSettings } from '../settings/settings.service.ts';
import { outboxPolicy } from './channels.policy.ts';
import { type CaseNotice, renderNotice } from './messages.ts';
import {
  claimAttempt,
  countReceipt,
  failExhausted,
  findOutbox,
  insertOutbox,
  listOutbox,
  lockReceiptCounts,
  markAttemptFailed,
  markDelivered,
  type OutboxInsert,
  type OutboxRow,
  pendingBatch,
  resetForRetry,
  sweepReceiptCounts,
} from './outbox.repo.ts';

/** The contact data of a case that a notice needs. */
export type CaseContact = {
  id: string;
  trackingCode: string;
  citizenEmail: string | null;
  citizenPhone: string | null;
};

/**
 * The notice to the citizen of a case as an outbox row, or none: by e-mail when the case has an
 * address, else by SMS to the phone; a case without either (anonymous) gets none. For callers that
 * write it in a statement of their own (the one-statement case creation); others use
 * enqueueCaseNotice.
 */
export function caseNoticeRow(c: CaseContact, notice: CaseNotice): OutboxInsert | null {
  const kind = c.citizenEmail ? 'email' : c.citizenPhone ? 'sms' : null;
  if (!kind) return null;
  const recipient = (kind === 'email' ? c.citizenEmail : c.citizenPhone) as string;
  const { subject, body } = renderNotice(kind, c.trackingCode, notice);
  return { kind, recipient, subject, body, caseId: c.id };
}

/**
 * Queues a notice to the citizen of a case, in the caller's transaction (so it exists exactly when
 * the change does). One message (see caseNoticeRow). Delivery happens later, outside any transaction.
 */
export async function enqueueCaseNotice(
  tx: DbOrTx,
  c: CaseContact,
  notice: CaseNotice,
): Promise<void> {
  const row = caseNoticeRow(c, notice);
  if (row) await insertOutbox(tx, [row]);
}

/**
 * Queues e-mails to staff (the 月报's notice to the office), in the caller's transaction; the
 * outbox job sends them later, outside any transaction (kept when no relay is configured).
 */
export async function enqueueStaffMail(
  tx: DbOrTx,
  messages: { recipient: string; subject: string; body: string }[],
): Promise<void> {
  await insertOutbox(
    tx,
    messages.map((m) => ({ kind: 'email' as const, ...m })),
  );
}

// --- receipt caps (回执上限, 系统设置) ---

let capKeySecret = 'tiexin-built-in-auth-hash-key';
/** Set once from the config when the app is built (`AUTH_HASH_KEY`): the counts' keys are HMACs. */
export function setReceiptCapSecret(secret: string): void {
  capKeySecret = secret;
}

/** One number however it was typed: digits only, without the +86 / 0086 country prefix. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const m = /^(?:0086|86)(1\d{10})$/.exec(digits);
  return m ? (m[1] as string) : digits;
}

const capKey = (what: string) => createHmac('sha256', capKeySecret).update(what).digest('hex');

/** The key a recipient is counted under (normalised phone, lower-cased e-mail), hashed. */
export const recipientCapKey = (kind: 'email' | 'sms', recipient: string) =>
  `to:${capKey(kind === 'sms' ? `sms:${normalisePhone(recipient)}` : `email:${recipient.trim().toLowerCase()}`)}`;
/** The key a submitting address (the request's IP) is counted under, hashed. */
export const addressCapKey = (ip: string) => `from:${capKey(`ip:${ip}`)}`;

/**
 * Applies the daily receipt caps to a 回执 about to be queued: per recipient (all channels) and,
 * when the citizen submitted from a client address of their own (web form, Open311), per that
 * address. Under both caps the receipt is counted and goes out as it is; over one it is returned
 * `capped` with the reason, to be written to the outbox but never sent (and not counted).
 *
 * Must run in the transaction that writes the outbox row: the count rows stay locked until it
 * ends, so two submissions at once cannot both slip under a cap.
 */
export async function capReceipt(
  tx: DbOrTx,
  notice: OutboxInsert,
  submitterIp: string | null,
  now = new Date(),
): Promise<OutboxInsert> {
  const day = todayInChina(now);
  const caps = await getSettings(tx, [
    'receipts.perRecipientPerDay',
    'receipts.perSubmitterAddressPerDay',
  ]);
  const limits = [
    {
      key: recipientCapKey(notice.kind, notice.recipient),
      cap: caps['receipts.perRecipientPerDay'],
      reason: (cap: number) => receiptCapText.perRecipient(notice.kind, cap),
    },
    ...(submitterIp
      ? [
          {
            key: addressCapKey(submitterIp),
            cap: caps['receipts.perSubmitterAddressPerDay'],
            reason: receiptCapText.perAddress,
          },
        ]
      : []),
  ];
  const counts = await lockReceiptCounts(
    tx,
    limits.map((l) => l.key),
    day,
  );
  const over = limits.find((l) => (counts.get(l.key) ?? 0) >= l.cap);
  if (over) return { ...notice, status: 'capped', cappedReason: over.reason(over.cap) };
  await countReceipt(
    tx,
    limits.map((l) => l.key),
    day,
  );
  return notice;
}

/** Drops the counts of past days (the hourly jobs); today's and yesterday's stay. */
export const sweepOldReceiptCounts = (db: Db, now = new Date()) =>
  sweepReceiptCounts(db, todayInChina(new Date(now.getTime() - 86_400_000)));

// --- reading (admin, office) ---

/** a***@example.cn: lists and exports never show a citizen's address or number in full */
export function maskRecipient(kind: 'email' | 'sms', r: string): string {
  if (kind === 'sms') return maskPhone(r) ?? '';
  const at = r.lastIndexOf('@');
  if (at < 1) return '***';
  return `${r.slice(0, 1)}***${r.slice(at)}`;
}

const toItem = (row: OutboxRow, masked: boolean): TOutboxItem => ({
  ...row,
  recipient: masked ? maskRecipient(row.kind, row.recipient) : row.recipient,
});

const mayReveal = (ctx: RequestContext) => outboxPolicy.reveal.includes(ctx.actor.role);

export async function list(ctx: RequestContext, q: TOutboxListQuery) {
  const { items, total } = await listOutbox(
    ctx.db,
    { ...q, revealRecipients: mayReveal(ctx) },
    pageOf(q),
  );
  await auditPiiSearch(ctx, {
    entity: 'outbox',
    list: '发件箱',
    q: q.q,
    mayReveal: mayReveal(ctx),
  });
  return { items: items.map((r) => toItem(r, true)), total };
}

/** One message in full, with the recipient unmasked: an audited read of personal data. */
export async function get(ctx: RequestContext, id: string): Promise<TOutboxItem> {
  const row = await findOutbox(ctx.db, id);
  if (!row) throw notFound();
  await audit(ctx.db, ctx, {
    action: 'read_personal',
    entity: 'outbox',
    entityId: id,
    summary: auditText.outbox.read(outboxKindLabels[row.kind], row.trackingCode),
  });
  return toItem(row, false);
}

const EXPORT_LIMIT = 100_000;
export async function exportXlsx(ctx: RequestContext, q: TOutboxFilter): Promise<Buffer> {
  const { items } = await listOutbox(
    ctx.db,
    { ...q, revealRecipients: mayReveal(ctx) },
    { limit: EXPORT_LIMIT, offset: 0 },
  );
  await auditPiiSearch(ctx, {
    entity: 'outbox',
    list: '发件箱（导出）',
    q: q.q,
    mayReveal: mayReveal(ctx),
  });
  const X = excelText.outbox;
  const columns: Column<OutboxRow>[] = [
    { header: X.columns.createdAt, width: 20, value: (r) => dateTimeInChina(r.createdAt) },
    { header: X.columns.kind, width: 8, value: (r) => outboxKindLabels[r.kind] },
    { header: X.columns.recipient, width: 22, value: (r) => maskRecipient(r.kind, r.recipient) },
    { header: X.columns.trackingCode, width: 13, value: (r) => r.trackingCode ?? '' },
    { header: X.columns.subject, width: 30, value: (r) => r.subject },
    { header: X.columns.body, width: 50, value: (r) => r.body },
    { header: X.columns.status, width: 12, value: (r) => outboxStatusLabels[r.status] },
    { header: X.columns.attempts, width: 8, value: (r) => r.attempts },
    { header: X.columns.lastError, width: 30, value: (r) => r.lastError ?? '' },
    { header: X.columns.cappedReason, width: 30, value: (r) => r.cappedReason ?? '' },
    { header: X.columns.sentAt, width: 20, value: (r) => dateTimeInChina(r.sentAt) },
  ];
  return buildSheet(X.sheet, columns, items);
}

/** A failed (or kept) message goes back to the queue with a fresh count of attempts. */
export async function retry(ctx: RequestContext, id: string): Promise<TOutboxItem> {
  await inTransaction(ctx.db, async (tx) => {
    const row = await findOutbox(tx, id);
    if (!row) throw notFound();
    if (!(await resetForRetry(tx, id))) throw new AppError('OUTBOX_NOT_RETRYABLE');
    await audit(tx, ctx, {
      action: 'update',
      entity: 'outbox',
      entityId: id,
      summary: auditText.outbox.resend(outboxKindLabels[row.kind], row.trackingCode),
      before: { status: row.status, attempts: row.attempts, lastError: row.lastError },
      after: { status: 'pending', attempts: 0 },
    });
  });
  const row = await findOutbox(ctx.db, id);
  if (!row) throw notFound();
  return toItem(row, true);
}

// --- delivery (the sender job) ---

export type Senders = {
  /** null: no SMTP_RELAY_URL, e-mails are kept */
  mail: MailTransport | null;
  sms: SmsProvider;
};

export type DeliveryReport = { sent: number; kept: number; retrying: number; failed: number };

const errorText = (err: unknown) =>
  (err instanceof Error ? err.message : String(err)).slice(0, 500) || 'unknown error';

/**
 * Sends the pending messages, one attempt each. Runs outside any transaction: each attempt is
 * claimed (attempts + 1) before the send and its outcome written after it, so a slow relay holds
 * no lock and a crash in between only costs one attempt. After OUTBOX_MAX_ATTEMPTS a message is
 * `failed` with the last error; the admin may retry it.
 */
export async function deliverPending(
  db: Db,
  senders: Senders,
  opts: { limit?: number } = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, kept: 0, retrying: 0, failed: 0 };
  await failExhausted(db, OUTBOX_MAX_ATTEMPTS);
  for (const m of await pendingBatch(db, opts.limit ?? 50)) {
    if (!(await claimAttempt(db, m.id, m.attempts))) continue;
    try {
      let outcome: 'sent' | 'kept';
      if (m.kind === 'email') {
        if (senders.mail) {
          await senders.mail.send({ to: m.recipient, subject: m.subject, text: m.body });
          outcome = 'sent';
        } else {
          outcome = 'kept';
        }
      } else {
        outcome = await senders.sms.send({ to: m.recipient, text: m.body });
      }
      await markDelivered(db, m.id, outcome);
      report[outcome]++;
    } catch (err) {
      const final = m.attempts + 1 >= OUTBOX_MAX_ATTEMPTS;
      await markAttemptFailed(db, m.id, errorText(err), final);
      report[final ? 'failed' : 'retrying']++;
    }
  }
  return report;
}
