import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TSmsInbound } from '../../../common/outbox.ts';
import type { Db } from '../../db/client.ts';
import type { FileStore } from '../../platform/files.ts';
import { defaultCategoryId, fitContent, type IntakeResult, intakeCase } from './intake.ts';

/**
 * Whether `x-tiexin-signature` is the hex HMAC-SHA256 of the raw body under the shared secret
 * (an optional `sha256=` prefix is allowed). Compared in constant time.
 */
export function signatureValid(secret: string, raw: Buffer, header: unknown): boolean {
  if (typeof header !== 'string') return false;
  const hex = header.trim().replace(/^sha256=/i, '');
  if (!/^[0-9a-f]{64}$/i.test(hex)) return false;
  const expected = createHmac('sha256', secret).update(raw).digest();
  return timingSafeEqual(expected, Buffer.from(hex, 'hex'));
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
      content: fitContent(input.text, '（短信无内容）'),
      anonymous: false,
      citizenPhone: input.from,
      externalRef: input.messageId,
      ...(at ? { createdAt: at } : {}),
    },
    { summary: '收到短信' },
  );
}
