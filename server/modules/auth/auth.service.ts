import type { FastifyReply } from 'fastify';
import type { TMe, TSessionList } from '../../../common/auth.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import type { Actor } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import {
  clearFailures,
  failedAttempt,
  isLocked,
  lockedOut,
  loginSource,
} from '../../platform/auth/lockout.ts';
import { startSession } from '../../platform/auth/plugin.ts';
import {
  deleteOwnOtherSession,
  deleteSession,
  listSessionsOfUser,
} from '../../platform/auth/session.repo.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { dummyHash, verifyPassword } from '../../platform/password.ts';
import { findUserByUsername } from './auth.repo.ts';

export type AuthDeps = { db: Db; config: Config };

/**
 * 登录 — the password is always checked first (against a dummy hash for an unknown name), so a
 * wrong password, an unknown name, a disabled and a locked account get one answer in one time;
 * only someone who gave the right password is told the account is disabled. Failures count per
 * (name, address) and lock that pair (see platform/auth/lockout.ts).
 */
export async function login(
  deps: AuthDeps,
  reply: FastifyReply,
  input: { username: string; password: string },
  ip: string | null,
  userAgent: string | null = null,
): Promise<TMe> {
  const { db, config } = deps;
  const found = await findUserByUsername(db, input.username);
  const src = loginSource(config, input.username, ip);
  const ok = await verifyPassword(input.password, found?.user.passwordHash ?? (await dummyHash));
  if (!found || !ok) {
    const user = found?.user ?? null;
    // the name is named only when it is an account's; a typed-in password stays out of the log
    const who = user
      ? auditText.auth.knownUser(user.username)
      : auditText.auth.unknownUser(src.accountKey.slice(0, 8));
    throw await failedAttempt(db, config, src, {
      who: { actor: null, ip },
      userId: user?.id ?? null,
      summary: (failures, locks) =>
        locks
          ? auditText.auth.loginLocked(who, failures, config.loginLockMinutes)
          : auditText.auth.loginFailed(who, failures),
      wrong: new AppError('BAD_CREDENTIALS'),
    });
  }
  const { user, orgName } = found;
  // the right password from a locked address is refused as a wrong one would be: no oracle
  if (await isLocked(db, src)) throw lockedOut(config);
  if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED');

  await clearFailures(db, src);
  const csrfToken = await startSession(db, config, reply, user.id, { ip, userAgent });
  await audit(
    db,
    { actor: { userId: user.id, name: user.name }, ip },
    {
      action: 'login',
      entity: 'user',
      entityId: user.id,
      summary: auditText.auth.login(user.name, user.username),
    },
  );
  return {
    user: {
      id: user.id,
      username: user.username,
      name: user.name,
      role: user.role,
      orgId: user.orgId,
      orgName,
      cadreId: user.cadreId,
    },
    csrfToken,
  };
}

export function me(actor: Actor, csrfToken: string): TMe {
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      name: actor.name,
      role: actor.role,
      orgId: actor.orgId,
      orgName: actor.orgName,
      cadreId: actor.cadreId,
    },
    csrfToken,
  };
}

export async function logout(
  db: Db,
  actor: Actor,
  sessionId: string,
  ip: string | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await deleteSession(tx, sessionId);
    await audit(
      tx,
      { actor, ip },
      {
        action: 'logout',
        entity: 'user',
        entityId: actor.userId,
        summary: auditText.auth.logout(actor.name, actor.username),
      },
    );
  });
}

/** 登录设备 — the caller's open sessions; the current one is marked. */
export async function listSessions(
  db: Db,
  actor: Actor,
  currentSessionId: string,
): Promise<TSessionList> {
  const rows = await listSessionsOfUser(db, actor.userId, new Date());
  return {
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
      ip: r.ip,
      userAgent: r.userAgent,
      current: r.id === currentSessionId,
    })),
  };
}

/** 下线 — ends one of the caller's other sessions; another user's (or the current one) is not found. */
export async function endSession(
  db: Db,
  actor: Actor,
  currentSessionId: string,
  sessionId: string,
  ip: string | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    if (!(await deleteOwnOtherSession(tx, actor.userId, sessionId, currentSessionId)))
      throw notFound();
    await audit(
      tx,
      { actor, ip },
      {
        action: 'delete',
        entity: 'session',
        entityId: sessionId,
        summary: auditText.auth.endOtherSessions(actor.name, actor.username),
      },
    );
  });
}
