import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import type { Role } from '../platform/access.ts';
import { openTestDatabase } from './database.ts';
import { makeOrg, makeUser, type TestOrg } from './factories.ts';

export type TestApp = {
  app: FastifyInstance;
  db: Db;
  database: Database;
  config: Config;
  close(): Promise<void>;
};

/** What a test adds to the app before it is ready: tables and routes of its own. */
export type TestAppSetup = (app: FastifyInstance, database: Database) => Promise<void> | void;

export async function makeTestApp(
  env: Record<string, string> = {},
  setup?: TestAppSetup,
): Promise<TestApp> {
  const database = await openTestDatabase();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-files-'));
  const config = loadConfig({ TIEXIN_DEMO: '0', LOG_LEVEL: 'silent', FILES_DIR: filesDir, ...env });
  const app = await buildApp({ config, database, logger: false });
  await setup?.(app, database);
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** A logged-in client: cookie and CSRF token carried on every request. */
export type Client = {
  csrfToken: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
};

/** One login attempt (POST /api/auth/login), from `remoteAddress` when given; the raw answer. */
export function tryLogin(
  app: FastifyInstance,
  username: string,
  password: string,
  remoteAddress?: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    ...(remoteAddress === undefined ? {} : { remoteAddress }),
    payload: { username, password },
  });
}

export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<Client> {
  const res = await tryLogin(app, username, password);
  if (res.statusCode !== 200)
    throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tiexin_sid');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  const request = (opts: InjectOptions) =>
    app.inject({
      ...opts,
      cookies: { tiexin_sid: cookie.value, ...(opts.cookies ?? {}) },
      headers: { 'x-csrf-token': csrfToken, ...(opts.headers ?? {}) },
    });
  return {
    csrfToken,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) =>
      request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) =>
      request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/**
 * The small world most API tests need: a bureau with two sibling units (A with a child branch),
 * and one logged-in client per role; unit admin and cadre belong to unit A.
 */
export type World = {
  bureau: TestOrg;
  unitA: TestOrg;
  branchA: TestOrg;
  unitB: TestOrg;
  as: Record<Role, Client>;
};

export async function makeWorld(t: TestApp): Promise<World> {
  const bureau = await makeOrg(t.db, { name: '测试局', kind: 'bureau' });
  const unitA = await makeOrg(t.db, { parent: bureau, name: '甲单位' });
  const branchA = await makeOrg(t.db, { parent: unitA, name: '甲单位党支部', kind: 'branch' });
  const unitB = await makeOrg(t.db, { parent: bureau, name: '乙单位' });
  const users = {
    admin: await makeUser(t.db, 'admin'),
    office: await makeUser(t.db, 'office', { org: bureau }),
    unit_admin: await makeUser(t.db, 'unit_admin', { org: unitA }),
    cadre: await makeUser(t.db, 'cadre', { org: unitA }),
    inspector: await makeUser(t.db, 'inspector', { org: bureau }),
  };
  const as = {} as Record<Role, Client>;
  for (const [role, u] of Object.entries(users) as [
    Role,
    { username: string; password: string },
  ][]) {
    as[role] = await login(t.app, u.username, u.password);
  }
  return { bureau, unitA, branchA, unitB, as };
}
