import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMS_INBOUND_PATH } from './modules/channels/channels.routes.ts';
import { makeTestApp, type TestApp } from './test/app.ts';

/** The reverse proxy the app is told to trust, and a client that connects around it. */
const PROXY = '10.0.0.5';
const LIMIT = 3;

/** Every per-address limit of the account-less routes, each with a request that is cheap to send. */
const ROUTES: { name: string; req: Omit<InjectOptions, 'remoteAddress' | 'headers'> }[] = [
  {
    name: 'login',
    req: { method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } },
  },
  { name: 'public submission', req: { method: 'POST', url: '/api/public/cases', payload: {} } },
  { name: 'public look-up', req: { method: 'GET', url: '/api/public/cases/ABCDEFGHJK' } },
  {
    name: 'rating',
    req: { method: 'POST', url: '/api/public/cases/ABCDEFGHJK/rating', payload: {} },
  },
  { name: 'SMS webhook', req: { method: 'POST', url: SMS_INBOUND_PATH, payload: {} } },
  {
    name: 'Open311 submission',
    req: { method: 'POST', url: '/open311/v2/requests.json', payload: {} },
  },
];

let rotation = 0;
/** A fresh, never-seen address each call: what a client forging X-Forwarded-For would send. */
const forged = () => `203.0.${Math.floor(++rotation / 250)}.${rotation % 250}`;

describe('behind a trusted proxy (TRUST_PROXY=10.0.0.5)', () => {
  let t: TestApp;
  let peer = 0;
  beforeAll(async () => {
    t = await makeTestApp({
      TRUST_PROXY: PROXY,
      LOGIN_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      PUBLIC_WRITES_PER_MINUTE: String(LIMIT),
      PUBLIC_READS_PER_MINUTE: String(LIMIT),
      SMS_WEBHOOK_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      // behind an HTTPS proxy (one app less to build for the HSTS test)
      COOKIE_SECURE: '1',
    });
  });
  afterAll(() => t.close());

  const send = (
    req: Omit<InjectOptions, 'remoteAddress' | 'headers'>,
    remoteAddress: string,
    xff: string,
  ) =>
    t.app.inject({ ...req, remoteAddress, headers: { 'x-forwarded-for': xff } } as InjectOptions);

  for (const { name, req } of ROUTES) {
    it(`${name}: a client that is not the proxy cannot escape its limit by rotating X-Forwarded-For`, async () => {
      const direct = `198.51.100.${++peer}`;
      const codes: number[] = [];
      for (let i = 0; i <= LIMIT; i++) codes.push((await send(req, direct, forged())).statusCode);
      expect(codes.slice(0, LIMIT)).not.toContain(429);
      expect(codes.at(-1)).toBe(429);
    });

    it(`${name}: through the proxy, a forged X-Forwarded-For in front of the real client does not help`, async () => {
      // nginx appends the address it saw ($proxy_add_x_forwarded_for): "forged, real"
      const real = `192.0.2.${++peer}`;
      const codes: number[] = [];
      for (let i = 0; i <= LIMIT; i++) {
        codes.push((await send(req, PROXY, `${forged()}, ${real}`)).statusCode);
      }
      expect(codes.at(-1)).toBe(429);
      // …while the proxy's other clients keep their own allowance (the proxy is not one bucket)
      expect((await send(req, PROXY, `192.0.2.${++peer}`)).statusCode).not.toBe(429);
    });
  }

  it('sends HSTS (Strict-Transport-Security) behind HTTPS (COOKIE_SECURE=1)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

describe('without TRUST_PROXY, on plain HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For altogether', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= LIMIT; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'nobody', password: 'x' },
        remoteAddress: '198.51.100.200',
        headers: { 'x-forwarded-for': forged() },
      });
      codes.push(res.statusCode);
    }
    expect(codes.at(-1)).toBe(429);
  });

  it('sends no HSTS on plain HTTP (COOKIE_SECURE unset): it would lock browsers out', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
