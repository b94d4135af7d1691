import { createHmac } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { audit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { clearLoginFailures, isLoginLocked, recordLoginFailure } from './login-failures.repo.ts';

/**
 * 登录锁定 — the lock-out applies to the failing source: (account name, client address). A
 * stranger who knows a username locks only their own address out; the owner elsewhere still logs
 * in. Names that do not exist are counted the same way, so the answers never tell them apart.
 */
export type LoginSource = { accountKey: string; source: string };

/** A keyed hash standing for a typed username (never kept in clear: people type passwords there). */
export function accountKey(config: Pick<Config, 'authHashKey'>, username: string): string {
  return createHmac('sha256', config.authHashKey).update(username).digest('hex');
}

export function loginSource(
  config: Pick<Config, 'authHashKey'>,
  username: string,
  ip: string | null,
): LoginSource {
  return { accountKey: accountKey(config, username), source: ip ?? '' };
}

export function countFailure(
  db: DbOrTx,
  config: Pick<Config, 'loginMaxFailures' | 'loginLockMinutes'>,
  s: LoginSource,
  userId: string | null,
): Promise<{ failures: number; locked: boolean }> {
  return recordLoginFailure(db, { ...s, userId }, config.loginMaxFailures, config.loginLockMinutes);
}

export const isLocked = (db: DbOrTx, s: LoginSource) => isLoginLocked(db, s);
export const clearFailures = (db: DbOrTx, s: LoginSource) => clearLoginFailures(db, s);

/** 登录锁定 refusal: "请 {minutes} 分钟后再试" with the configured lock time. */
export const lockedOut = (config: Pick<Config, 'loginLockMinutes'>) =>
  new AppError('ACCOUNT_LOCKED', { minutes: config.loginLockMinutes });

/**
 * A wrong password from `src`: counted and audited (`login_failed`) in one transaction. Answers
 * the error to throw — 登录锁定 once this failure locks the source, else `wrong`.
 */
export async function failedAttempt(
  db: Db,
  config: Pick<Config, 'loginMaxFailures' | 'loginLockMinutes'>,
  src: LoginSource,
  e: {
    who: { actor: { userId: string; name: string } | null; ip: string | null };
    userId: string | null;
    /** the audit row's summary: `locks` when this failure is the one that locks the source */
    summary: (failures: number, locks: boolean) => string;
    wrong: AppError;
  },
): Promise<AppError> {
  const r = await inTransaction(db, async (tx) => {
    const r = await countFailure(tx, config, src, e.userId);
    await audit(tx, e.who, {
      action: 'login_failed',
      entity: e.userId ? 'user' : 'session',
      entityId: e.userId,
      summary: e.summary(r.failures, r.failures === config.loginMaxFailures),
    });
    return r;
  });
  return r.locked ? lockedOut(config) : e.wrong;
}
