import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The rotating check-in code (签到码) of a session: an HMAC of the session id and the time slot
 * (`seconds` long), keyed by a secret derived from the server's AUTH_HASH_KEY. It names no cadre:
 * the account that sends it is the one checked in. A code is accepted in its own slot and the
 * next (so a scan just before the screen changes still counts), never later.
 */

/** The key of the codes: derived from the server's keyed-hash secret, never the secret itself. */
export function checkInKey(authHashKey: string): Buffer {
  return createHmac('sha256', authHashKey).update('tiexin:study-session-check-in:v1').digest();
}

export const slotOf = (at: Date, seconds: number) => Math.floor(at.getTime() / (seconds * 1000));

export function tokenFor(key: Buffer, sessionId: string, slot: number): string {
  return createHmac('sha256', key).update(`${sessionId}:${slot}`).digest('base64url').slice(0, 22);
}

/** The code shown now and when the screen should change it. */
export function currentToken(key: Buffer, sessionId: string, now: Date, seconds: number) {
  const slot = slotOf(now, seconds);
  return {
    token: tokenFor(key, sessionId, slot),
    expiresAt: new Date((slot + 1) * seconds * 1000),
  };
}

/** Whether `token` is this session's code of the current slot or the one before. */
export function tokenValid(
  key: Buffer,
  sessionId: string,
  token: string,
  now: Date,
  seconds: number,
): boolean {
  const slot = slotOf(now, seconds);
  const given = Buffer.from(token);
  return [slot, slot - 1].some((s) => {
    const want = Buffer.from(tokenFor(key, sessionId, s));
    return want.length === given.length && timingSafeEqual(want, given);
  });
}
