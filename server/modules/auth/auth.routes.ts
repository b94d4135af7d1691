import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZLoginSchema, ZMeSchema, ZSessionListSchema } from '../../../common/auth.ts';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { z } from '../../../common/zod.ts';
import { requireRole, SESSION_COOKIE } from '../../platform/auth/plugin.ts';
import { AppError } from '../../platform/errors.ts';
import { authPolicy } from './auth.policy.ts';
import { type AuthDeps, endSession, listSessions, login, logout, me } from './auth.service.ts';

type SignedIn = ReturnType<typeof signedIn>;
/** A GET of the signed-in account's own, answered from its session. */
type OwnRead = { url: string; summary: string; response: z.ZodType; answer(s: SignedIn): unknown };

/** The account and session a guarded route runs for: `requireRole` let it in, so they are set. */
function signedIn(req: FastifyRequest) {
  const { actor, sessionId, csrfToken } = req;
  if (!actor || !sessionId || !csrfToken) throw new AppError('UNAUTHENTICATED');
  return { actor, sessionId, csrfToken };
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const anyone = requireRole(...authPolicy.write);

  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: '登录', body: ZLoginSchema, response: { 200: ZMeSchema } },
      config: { rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    (req, reply) => login(deps, reply, req.body, req.ip, req.headers['user-agent'] ?? null),
  );

  // the signed-in account's own: who it is, and where else it is signed in
  const own: OwnRead[] = [
    {
      url: '/api/auth/me',
      summary: '当前用户',
      response: ZMeSchema,
      answer: (s) => me(s.actor, s.csrfToken),
    },
    {
      url: '/api/auth/sessions',
      summary: '登录设备',
      response: ZSessionListSchema,
      answer: (s) => listSessions(deps.db, s.actor, s.sessionId),
    },
  ];
  for (const { url, summary, response, answer } of own) {
    const schema = { tags: ['auth'], summary, response: { 200: response } };
    r.get(url, { schema, onRequest: anyone }, async (req) => answer(signedIn(req)));
  }

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: '退出登录' }, onRequest: anyone },
    async (req, reply) => {
      if (req.actor && req.sessionId) await logout(deps.db, req.actor, req.sessionId, req.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  r.delete(
    '/api/auth/sessions/:id',
    {
      schema: { tags: ['auth'], summary: '结束其他设备上的登录', params: ZIdParamsSchema },
      onRequest: anyone,
    },
    async (req, reply) => {
      const { actor, sessionId } = signedIn(req);
      await endSession(deps.db, actor, sessionId, req.params.id, req.ip);
      return reply.status(204).send();
    },
  );
}
