import { describe, expect, it } from 'vitest';
import { useTestApp } from './test/hooks.ts';

/** Full paths and methods from Fastify's route tree print-out ("│   ├── /export (GET, HEAD)"). */
function registeredRoutes(tree: string): { path: string; methods: string[] }[] {
  const stack: string[] = [];
  const out: { path: string; methods: string[] }[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ├└─]*)(\S.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = Math.floor((m[1] ?? '').length / 4);
    stack.length = depth;
    stack.push(m[2] ?? '');
    if (m[3]) out.push({ path: stack.join(''), methods: m[3].split(', ') });
  }
  return out;
}

describe('app', () => {
  const t = useTestApp();

  it('GET /healthz reports the engine and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      db: t.database.engine,
      version: t.config.version,
    });
    expect(['pglite', 'postgres']).toContain(res.json().db);
  });

  it('publishes an OpenAPI 3 document of every /api route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const paths = Object.keys(doc.paths);
    for (const p of [
      '/api/auth/login',
      '/api/auth/me',
      '/api/auth/logout',
      '/api/orgs',
      '/api/orgs/{id}',
      '/api/orgs/import',
      '/api/cadres',
      '/api/cadres/{id}',
      '/api/contact-points',
      '/api/contact-points/{id}',
      '/api/audit',
    ]) {
      expect(paths).toContain(p);
    }
    // the document is generated from the zod schemas: fields and their constraints are there
    const body = doc.paths['/api/cadres'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['orgId', 'name', 'rank']));
    expect(body.properties.rank.enum).toEqual(['county', 'section', 'other']);
    // every registered /api route is in the document, with each of its methods
    const apiRoutes = registeredRoutes(t.app.printRoutes({ commonPrefix: false })).filter(
      (r) => r.path.startsWith('/api/') && r.path !== '/api/openapi.json',
    );
    expect(apiRoutes.map((r) => r.path)).toContain('/api/orgs/import-template');
    expect(apiRoutes.length).toBeGreaterThan(40);
    for (const { path, methods } of apiRoutes) {
      const documented = doc.paths[path.replace(/:(\w+)/g, '{$1}')];
      expect(documented, path).toBeDefined();
      for (const m of methods.filter((x) => x !== 'HEAD')) {
        expect(documented[m.toLowerCase()], `${m} ${path}`).toBeDefined();
      }
    }
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('answers an unknown API route with a JSON 404 in Chinese', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: '接口不存在' } });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    expect(res.body).not.toContain('at ');
  });
});
