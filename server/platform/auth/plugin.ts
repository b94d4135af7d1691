import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext, Role } from '../access.ts';
import { AppError } from '../errors.ts';
import { deleteSession, findSessionWithUser, insertSession, touchSession } from './session.repo.ts';

export const SESSION_COOKIE = 'tiexin_sid';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    csrfToken: string | null;
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Writes that do not need a session's CSRF token: logging in creates the session; the SMS
 * gateway's webhook takes no session (it is signed with a shared secret instead).
 */
const CSRF_EXEMPT = new Set(['/api/auth/login', '/api/channels/sms/inbound']);

/** Resolves the session cookie into `request.actor` and enforces CSRF on cookie-authenticated writes. */
export function registerAuth(app: FastifyInstance, db: Db, config: Config): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const row = await findSessionWithUser(db, hashToken(token));
    const now = new Date();
    const idleLimit = config.sessionIdleMinutes * 60_000;
    if (
      !row ||
      row.disabledAt ||
      row.expiresAt < now ||
      now.getTime() - row.lastSeenAt.getTime() > idleLimit
    ) {
      if (row) await deleteSession(db, row.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    // keep the write rate low: refresh the idle clock at most once a minute
    if (now.getTime() - row.lastSeenAt.getTime() > 60_000)
      await touchSession(db, row.sessionId, now);
    req.actor = {
      userId: row.userId,
      username: row.username,
      name: row.name,
      role: row.role,
      orgId: row.orgId,
      orgPath: row.orgPath,
      orgName: row.orgName,
      cadreId: row.cadreId,
    };
    req.sessionId = row.sessionId;
    req.csrfToken = row.csrfToken;
    const path = req.url.split('?')[0] ?? '';
    // the citizens' routes (and Open311's) take no session, so a staff cookie changes nothing
    const isPublic = path.startsWith('/api/public/') || path.startsWith('/open311/');
    if (!SAFE_METHODS.has(req.method) && !CSRF_EXEMPT.has(path) && !isPublic) {
      if (req.headers['x-csrf-token'] !== row.csrfToken) throw new AppError('CSRF');
    }
  });
}

export async function startSession(
  db: Db,
  config: Config,
  reply: FastifyReply,
  userId: string,
  device: { ip: string | null; userAgent: string | null } = { ip: null, userAgent: null },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + config.sessionMaxHours * 3_600_000);
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    expiresAt,
    ip: device.ip,
    userAgent: device.userAgent?.slice(0, 300) ?? null,
  });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    expires: expiresAt,
  });
  return csrfToken;
}

/** Route guard: a logged-in user with one of these roles. */
export function requireRole(...roles: readonly Role[]): onRequestHookHandler {
  return async (req: FastifyRequest) => {
    if (!req.actor) throw new AppError('UNAUTHENTICATED');
    if (!roles.includes(req.actor.role)) throw new AppError('FORBIDDEN');
  };
}

/** The context a service call gets; only valid after `requireRole`. */
export function contextOf(req: FastifyRequest, db: Db): RequestContext {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return { db, actor: req.actor, ip: req.ip };
}
