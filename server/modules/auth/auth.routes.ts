import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZLoginSchema, ZMeSchema, ZSessionListSchema } from '../../../common/auth.ts';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import { ALL_ROLES } from '../../platform/access.ts';
import { requireRole, SESSION_COOKIE } from '../../platform/auth/plugin.ts';
import { AppError } from '../../platform/errors.ts';
import { type AuthDeps, endSession, listSessions, login, logout, me } from './auth.service.ts';

export function registerAuthRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: '登录', body: ZLoginSchema, response: { 200: ZMeSchema } },
      config: { rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    (req, reply) => login(deps, reply, req.body, req.ip, req.headers['user-agent'] ?? null),
  );

  r.get(
    '/api/auth/me',
    {
      schema: { tags: ['auth'], summary: '当前用户', response: { 200: ZMeSchema } },
      onRequest: requireRole(...ALL_ROLES),
    },
    async (req) => {
      if (!req.actor || !req.csrfToken) throw new AppError('UNAUTHENTICATED');
      return me(req.actor, req.csrfToken);
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: '退出登录' }, onRequest: requireRole(...ALL_ROLES) },
    async (req, reply) => {
      if (req.actor && req.sessionId) await logout(deps.db, req.actor, req.sessionId, req.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/auth/sessions',
    {
      schema: { tags: ['auth'], summary: '登录设备', response: { 200: ZSessionListSchema } },
      onRequest: requireRole(...ALL_ROLES),
    },
    async (req) => {
      if (!req.actor || !req.sessionId) throw new AppError('UNAUTHENTICATED');
      return listSessions(deps.db, req.actor, req.sessionId);
    },
  );

  r.delete(
    '/api/auth/sessions/:id',
    {
      schema: { tags: ['auth'], summary: '结束其他设备上的登录', params: ZIdParamsSchema },
      onRequest: requireRole(...ALL_ROLES),
    },
    async (req, reply) => {
      if (!req.actor || !req.sessionId) throw new AppError('UNAUTHENTICATED');
      await endSession(deps.db, req.actor, req.sessionId, req.params.id, req.ip);
      return reply.status(204).send();
    },
  );
}
