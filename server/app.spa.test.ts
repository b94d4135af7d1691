import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, isServiceWorkerPath, spaPageFor } from './app.ts';
import { loadConfig } from './config.ts';
import type { Database } from './db/client.ts';
import { openTestDatabase } from './test/database.ts';

describe('spaPageFor', () => {
  it('gives /public and everything under it to the citizens site', () => {
    expect(spaPageFor('/public')).toBe('public');
    expect(spaPageFor('/public/')).toBe('public');
    expect(spaPageFor('/public/track/ABC')).toBe('public');
    expect(spaPageFor('/public/submit?cadre=0190')).toBe('public');
  });

  it('leaves the admin app its routes, including ones that merely start with "public"', () => {
    expect(spaPageFor('/')).toBe('admin');
    expect(spaPageFor('/cadres')).toBe('admin');
    expect(spaPageFor('/publicity')).toBe('admin');
    expect(spaPageFor('/login?next=/public/')).toBe('admin');
  });

  it('gives API paths no page', () => {
    expect(spaPageFor('/api/public/cases/ABC')).toBeNull();
    expect(spaPageFor('/open311/v2/services')).toBeNull();
  });
});

describe('isServiceWorkerPath', () => {
  it('names the service worker and the Workbox runtime at the root, nothing else', () => {
    expect(isServiceWorkerPath('/sw.js')).toBe(true);
    expect(isServiceWorkerPath('/sw.js?v=2')).toBe(true);
    expect(isServiceWorkerPath('/workbox-9504f110.js')).toBe(true);
    expect(isServiceWorkerPath('/assets/index-abc.js')).toBe(false);
    expect(isServiceWorkerPath('/assets/sw.js')).toBe(false);
    expect(isServiceWorkerPath('/sw.js.map')).toBe(false);
  });
});

/** The server with a built web folder of its own: two apps, each with its own index.html. */
describe('serving the two web apps', () => {
  let app: FastifyInstance;
  let database: Database;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-web-'));
    for (const [dir, title] of [
      ['admin', '管理后台'],
      ['public', '民声通道'],
    ]) {
      fs.mkdirSync(path.join(webRoot, dir as string));
      fs.writeFileSync(path.join(webRoot, dir as string, 'index.html'), `<title>${title}</title>`);
    }
    fs.mkdirSync(path.join(webRoot, 'assets'));
    fs.writeFileSync(path.join(webRoot, 'assets/public-abc.js'), 'console.log(1)');
    fs.writeFileSync(path.join(webRoot, 'sw.js'), 'importScripts("./workbox-abc123.js")');
    fs.writeFileSync(path.join(webRoot, 'workbox-abc123.js'), 'self.workbox = {}');
    database = await openTestDatabase();
    const config = loadConfig({ TIEXIN_DEMO: '0', LOG_LEVEL: 'silent' });
    app = await buildApp({ config, database, logger: false, webRoot });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('answers the citizens site routes with the public index.html', async () => {
    for (const url of ['/public', '/public/', '/public/track/ABC', '/public/submit?cadre=x']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toContain('text/html');
      expect(res.body, url).toContain('民声通道');
    }
  });

  it('keeps answering the admin routes with the admin index.html', async () => {
    for (const url of ['/', '/cadres', '/cases/123', '/publicity']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('管理后台');
    }
  });

  it('serves the built assets and keeps the strict script policy on the pages', async () => {
    const js = await get('/assets/public-abc.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toContain('javascript');
    const page = await get('/public/track/ABC');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('serves the service worker as script that the browser checks again each time', async () => {
    for (const url of ['/sw.js', '/workbox-abc123.js']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toContain('javascript');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    expect((await get('/sw.js')).headers['service-worker-allowed']).toBe('/');
    // the app's own hashed assets keep the default caching
    const asset = await get('/assets/public-abc.js');
    expect(asset.headers['cache-control']).not.toBe('no-cache');
    expect(asset.headers['service-worker-allowed']).toBeUndefined();
  });

  it('does not answer API calls or writes with a page', async () => {
    const api = await get('/api/public/nothing');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('ROUTE_NOT_FOUND');
    const post = await app.inject({ method: 'POST', url: '/public/track/ABC' });
    expect(post.statusCode).toBe(404);
    expect(post.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});
