import type { FastifyReply } from 'fastify';
import type { TMe } from '../../../common/auth.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import type { Actor } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { startSession } from '../../platform/auth/plugin.ts';
import { deleteSession } from '../../platform/auth/session.repo.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword, verifyPassword } from '../../platform/password.ts';
import { clearFailedLogins, findUserByUsername, recordFailedLogin } from './auth.repo.ts';

// Verified against when the username does not exist, so both paths take the same time.
const dummyHash = hashPassword('not-a-real-password');

export type AuthDeps = { db: Db; config: Config };

/** 登录 — checks the password, counts failures, locks after too many, opens a session. */
export async function login(
  deps: AuthDeps,
  reply: FastifyReply,
  input: { username: string; password: string },
  ip: string | null,
): Promise<TMe> {
  const { db, config } = deps;
  const found = await findUserByUsername(db, input.username);
  const now = new Date();
  if (!found) {
    await verifyPassword(input.password, await dummyHash);
    await audit(
      db,
      { actor: null, ip },
      {
        action: 'login_failed',
        entity: 'session',
        entityId: null,
        summary: `未知用户名 ${input.username.slice(0, 64)} 登录失败`,
      },
    );
    throw new AppError('BAD_CREDENTIALS');
  }
  const { user, orgName } = found;
  if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED');
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED');

  const ok = await verifyPassword(input.password, user.passwordHash);
  if (!ok) {
    const failures = user.failedLogins + 1;
    const locks = failures >= config.loginMaxFailures;
    await inTransaction(db, async (tx) => {
      await recordFailedLogin(
        tx,
        user.id,
        locks ? 0 : failures,
        locks ? new Date(now.getTime() + config.loginLockMinutes * 60_000) : null,
      );
      await audit(
        tx,
        { actor: null, ip },
        {
          action: 'login_failed',
          entity: 'user',
          entityId: user.id,
          summary: locks
            ? `用户 ${user.username} 连续 ${failures} 次密码错误，账号锁定 ${config.loginLockMinutes} 分钟`
            : `用户 ${user.username} 密码错误（第 ${failures} 次）`,
        },
      );
    });
    throw new AppError(locks ? 'ACCOUNT_LOCKED' : 'BAD_CREDENTIALS');
  }

  if (user.failedLogins > 0 || user.lockedUntil) await clearFailedLogins(db, user.id);
  const csrfToken = await startSession(db, config, reply, user.id);
  await audit(
    db,
    { actor: { userId: user.id, name: user.name }, ip },
    {
      action: 'login',
      entity: 'user',
      entityId: user.id,
      summary: `${user.name}（${user.username}）登录`,
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
        summary: `${actor.name}（${actor.username}）退出登录`,
      },
    );
  });
}
