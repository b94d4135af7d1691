import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TSmsInbound } from '../../../common/outbox.ts';
import type { Db } from '../../db/client.ts';
import type { FileStore } from '../../platform/files.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { defaultCategoryId, fitContent, type IntakeResult, intakeCase } from './intake.ts';

/** How far the gateway's `x-tiexin-timestamp` may be from our clock, either way. */
export const SMS_TIMESTAMP_WINDOW_MS = 5 * 60_000;

export type SignatureCheck = 'ok' | 'signature' | 'timestamp';

/**
 * Whether `x-tiexin-signature` is the hex HMAC-SHA256, under the shared secret, of
 * `${timestamp}.${rawBody}` where `timestamp` is the `x-tiexin-timestamp` header (Unix seconds).
 * An optional `sha256=` prefix is allowed; compared in constant time. A timestamp that is missing,
 * malformed or more than 5 minutes from now (past or future) is refused, so a captured request
 * cannot be replayed later (within the window the messageId makes a replay harmless).
 */
export function checkSignature(
  secret: string,
  raw: Buffer,
  signature: unknown,
  timestamp: unknown,
  now = Date.now(),
): SignatureCheck {
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp.trim())) return 'timestamp';
  const ts = timestamp.trim();
  if (Math.abs(now - Number(ts) * 1000) > SMS_TIMESTAMP_WINDOW_MS) return 'timestamp';
  if (typeof signature !== 'string') return 'signature';
  const hex = signature.trim().replace(/^sha256=/i, '');
  if (!/^[0-9a-f]{64}$/i.test(hex)) return 'signature';
  const expected = createHmac('sha256', secret).update(`${ts}.`).update(raw).digest();
  return timingSafeEqual(expected, Buffer.from(hex, 'hex')) ? 'ok' : 'signature';
}

/** The gateway's time of receipt counts (time limits run from it) unless it is implausible. */
const MAX_GATEWAY_DELAY_MS = 7 * 24 * 3_600_000;
function receivedAt(iso: string | undefined, now = new Date()): Date | undefined {
  if (!iso) return undefined;
  const at = new Date(iso);
  const age = now.getTime() - at.getTime();
  return age >= 0 && age <= MAX_GATEWAY_DELAY_MS ? at : undefined;
}

/**
 * An SMS to the hotline number (短信) becomes a case: the text as content, the sender's number as
 * the citizen's phone (the 回执 goes back to it by SMS), the gateway's message id as external ref
 * so the gateway may deliver again without a second case.
 */
export async function receiveSms(
  db: Db,
  files: FileStore,
  ip: string | null,
  input: TSmsInbound,
): Promise<IntakeResult> {
  const at = receivedAt(input.receivedAt);
  return intakeCase(
    db,
    files,
    { actor: null, ip },
    {
      channel: 'sms',
      categoryId: await defaultCategoryId(db),
      // the webhook's schema refuses a text over MAX_CASE_CONTENT (400 to the gateway), so an SMS is
      // kept whole; fitContent only fills in an empty one
      content: fitContent(input.text, '（短信无内容）'),
      anonymous: false,
      citizenPhone: input.from,
      externalRef: input.messageId,
      ...(at ? { createdAt: at } : {}),
    },
    { summary: auditText.case.received.sms },
  );
}
