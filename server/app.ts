import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  createJsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import '../common/zod.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { registerAttachmentOwner } from './modules/attachments/attachments.service.ts';
import { serverModules } from './modules/index.ts';
import { registerAuth } from './platform/auth/plugin.ts';
import { registerDashboardTiles } from './platform/dashboard.ts';
import { registerErrorHandler, sendRouteNotFound } from './platform/errors.ts';
import { type FileStore, LocalFileStore } from './platform/files.ts';
import type { RouteDeps } from './platform/module.ts';

export type AppDeps = {
  config: Config;
  database: Database;
  files?: FileStore;
  logger?: boolean;
  /** the built web apps (default dist/web); tests point it at a folder of their own */
  webRoot?: string;
};

const builtWebRoot = fileURLToPath(new URL('../dist/web', import.meta.url));

/**
 * Which web app's index.html answers a browser's GET for a client-side route: the citizens' site
 * owns /public and everything under it, the admin app the rest; API paths get no page.
 */
export function spaPageFor(url: string): 'public' | 'admin' | null {
  const path = url.split('?')[0] ?? '';
  if (path.startsWith('/api/') || path.startsWith('/open311/')) return null;
  if (path === '/public' || path.startsWith('/public/')) return 'public';
  return 'admin';
}

/**
 * The admin app's service worker (/sw.js) and the Workbox runtime it loads (/workbox-….js), both
 * at the root of the built folder: a browser must ask for them again on every check, or a new build
 * would reach phones only when an old copy expires.
 */
export function isServiceWorkerPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return /^\/(sw|workbox-[\w-]+)\.js$/.test(path);
}

function readIndex(file: string): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/** Builds the Fastify app; `main.ts` and every test call this. */
/** A route as registered, and whether it declares a guard (`onRequest`: sign-in and role). */
export type RouteGuard = { method: string; path: string; guarded: boolean };
/**
 * Every route of an app with its guard, however it was registered (by hand, `resourceRoutes`,
 * `registerWorkflowRoutes`): the access-matrix test checks that exactly the documented public
 * routes have none.
 */
export const routeGuards = new WeakMap<FastifyInstance, RouteGuard[]>();

export async function buildApp({
  config,
  database,
  files,
  logger,
  webRoot = builtWebRoot,
}: AppDeps): Promise<FastifyInstance> {
  // off or the proxies' addresses (config.ts refuses "trust everyone")
  const trustProxy: FastifyServerOptions['trustProxy'] = config.trustProxy;
  const app = Fastify({
    logger: logger === false ? false : { level: config.logLevel },
    trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  });
  const { db } = database;
  const guards: RouteGuard[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      guards.push({ method, path: route.url, guarded: route.onRequest !== undefined });
    }
  });
  routeGuards.set(app, guards);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // HSTS only behind HTTPS: on plain HTTP it would lock browsers out of the site for a year
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000 } : false,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Tiexin 贴心人 API', version: config.version },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tiexin_sid' } },
      },
    },
    transform: createJsonSchemaTransform({ skipList: ['/healthz', '/api/openapi.json'] }),
  });

  registerAuth(app, db, config);

  app.get('/healthz', { schema: { hide: true } }, async () => ({
    status: 'ok',
    db: database.engine,
    version: config.version,
  }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // the modules' home-page tiles, read by the dashboard's service (and the monthly report)
  registerDashboardTiles(serverModules.flatMap((m) => m.dashboardTiles ?? []));
  const deps: RouteDeps = { db, config, files: files ?? new LocalFileStore(config.filesDir) };
  for (const module of serverModules) {
    for (const [ownerType, canRead] of Object.entries(module.attachmentOwners ?? {})) {
      registerAttachmentOwner(ownerType, canRead);
    }
    // in the list's order: a module's prefixes and hooks are in place before the next one's routes
    await module.routes?.(app, deps);
  }

  const indexes = {
    admin: readIndex(`${webRoot}/admin/index.html`),
    public: readIndex(`${webRoot}/public/index.html`),
  };
  if (indexes.admin || indexes.public) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: false,
    });
    // after @fastify/static has set its own Cache-Control, which would let a browser keep sw.js
    app.addHook('onSend', async (req, reply, payload) => {
      if (req.method === 'GET' && isServiceWorkerPath(req.url)) {
        reply.header('cache-control', 'no-cache');
        // sw.js sits at the root, so its scope may be the whole admin app
        reply.header('service-worker-allowed', '/');
      }
      return payload;
    });
  }
  app.setNotFoundHandler((req, reply) => {
    // client-side routes: a GET that is not an API call gets its app's page (/public/… the
    // citizens' site, anything else the admin app)
    const page = req.method === 'GET' ? spaPageFor(req.url) : null;
    const html = page ? indexes[page] : null;
    if (html) return reply.type('text/html; charset=utf-8').send(html);
    return sendRouteNotFound(reply);
  });
  return app;
}
