import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loginFailures, sessions, users } from '../../db/schema/index.ts';
import { login, tryLogin } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { expectError, expectValidation } from '../../test/expect.ts';
import { makeOrg, makeUser } from '../../test/factories.ts';
import { useTestApp } from '../../test/hooks.ts';

describe('auth', () => {
  const t = useTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });

  it('logs in, returns the user and a CSRF token, and sets an HttpOnly cookie', async () => {
    const org = await makeOrg(t.db, { name: '登录测试局' });
    const u = await makeUser(t.db, 'unit_admin', { org });
    const res = await tryLogin(t.app, u.username, u.password);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toEqual({
      id: u.id,
      username: u.username,
      name: u.name,
      role: 'unit_admin',
      orgId: org.id,
      orgName: '登录测试局',
      cadreId: null,
    });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.cookies.find((c) => c.name === 'tiexin_sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { tiexin_sid: cookie?.value ?? '' },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(body);
  });

  it('answers 401 to /me without a session and with a forged cookie', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { tiexin_sid: 'forged' },
    });
    expectError(res, 401, 'UNAUTHENTICATED');
  });

  it('answers 400 with the field for a malformed login body', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '' },
    });
    expectValidation(res, 'body.password');
  });

  it('rejects a wrong password with a Chinese message and audits it', async () => {
    const u = await makeUser(t.db, 'cadre');
    const res = await tryLogin(t.app, u.username, 'wrong');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'BAD_CREDENTIALS',
      message: '用户名或密码错误',
    });
    const rows = await auditRows(t.db, { entityId: u.id });
    expect(rows.map((r) => r.action)).toContain('login_failed');
    const unknown = await tryLogin(t.app, 'nobody-here', 'x');
    expect(unknown.statusCode).toBe(401);
  });

  it('locks the account for 15 minutes after 5 failed attempts, even for the right password', async () => {
    const u = await makeUser(t.db, 'cadre');
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await tryLogin(t.app, u.username, 'nope');
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const right = await tryLogin(t.app, u.username, u.password);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toContain('15 分钟');
    const [row] = await t.db.select().from(loginFailures).where(eq(loginFailures.userId, u.id));
    const minutes = ((row?.lockedUntil?.getTime() ?? 0) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    // once the lock has passed, the right password works and the count is gone
    await t.db
      .update(loginFailures)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(loginFailures.userId, u.id));
    await login(t.app, u.username, u.password);
    const after = await t.db.select().from(loginFailures).where(eq(loginFailures.userId, u.id));
    expect(after).toEqual([]);
  });

  it('counts 30 parallel wrong passwords atomically: they lock the account as 5 in a row do', async () => {
    const u = await makeUser(t.db, 'cadre');
    const attempts = await Promise.all(
      Array.from({ length: 30 }, () => tryLogin(t.app, u.username, 'nope')),
    );
    const codes = attempts.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(4);
    expect(codes.filter((c) => c === 423)).toHaveLength(26);
    const [row] = await t.db.select().from(loginFailures).where(eq(loginFailures.userId, u.id));
    expect(row?.failures).toBe(30);
    const right = await tryLogin(t.app, u.username, u.password);
    expect(right.statusCode).toBe(423);
    const audits = await auditRows(t.db, { entityId: u.id });
    expect(audits.filter((a) => a.summary.includes('锁定'))).toHaveLength(1);
  });

  it('gives one answer for a wrong password, an unknown name, a disabled and a locked account', async () => {
    const wrongPw = await makeUser(t.db, 'cadre');
    const disabled = await makeUser(t.db, 'cadre');
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    const locked = await makeUser(t.db, 'cadre');
    // locked from another address
    for (let i = 0; i < 5; i++) await tryLogin(t.app, locked.username, 'nope', '10.9.9.9');
    const attempt = (username: string, remoteAddress = '10.1.1.1') =>
      tryLogin(t.app, username, 'wrong-password', remoteAddress);
    const answers = await Promise.all(
      [wrongPw.username, 'no-such-user-x', disabled.username, locked.username].map((n) =>
        attempt(n),
      ),
    );
    for (const a of answers) {
      expect(a.statusCode).toBe(401);
      expect(a.body).toBe(answers[0]?.body);
    }
    expect(answers[0]?.json().error.code).toBe('BAD_CREDENTIALS');
    // a locked address gets the same answer for a name that exists and one that does not
    const lockedAnswers: string[] = [];
    for (const n of [wrongPw.username, 'no-such-user-x']) {
      let last = await attempt(n, '10.2.2.2');
      for (let i = 1; i < 5; i++) last = await attempt(n, '10.2.2.2');
      expect(last.statusCode).toBe(423);
      lockedAnswers.push(last.body);
    }
    expect(lockedAnswers[0]).toBe(lockedAnswers[1]);
    // the state is told only to someone who gave the right password
    const right = await tryLogin(t.app, disabled.username, disabled.password);
    expectError(right, 403, 'ACCOUNT_DISABLED');
  });

  it('locks only the failing address: the owner still logs in from another one', async () => {
    const u = await makeUser(t.db, 'cadre');
    for (let i = 0; i < 6; i++) await tryLogin(t.app, u.username, 'nope', '10.6.6.6');
    const stranger = await tryLogin(t.app, u.username, u.password, '10.6.6.6');
    expect(stranger.statusCode).toBe(423);
    const owner = await tryLogin(t.app, u.username, u.password, '10.7.7.7');
    expect(owner.statusCode).toBe(200);
    // the owner's login does not lift the stranger's lock
    const again = await tryLogin(t.app, u.username, u.password, '10.6.6.6');
    expect(again.statusCode).toBe(423);
  });

  it('does not write an unknown username in clear into the audit log', async () => {
    const typed = 'Secret-Passw0rd-typed-as-name';
    const res = await tryLogin(t.app, typed, 'x');
    expect(res.statusCode).toBe(401);
    const rows = await auditRows(t.db, { action: 'login_failed' });
    const mine = rows.filter((r) => r.summary.startsWith('未知用户名'));
    expect(mine.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(typed);
    expect(JSON.stringify(await t.db.select().from(loginFailures))).not.toContain(typed);
  });

  it('requires the CSRF token for writes made with the session cookie', async () => {
    const u = await makeUser(t.db, 'admin');
    const c = await login(t.app, u.username, u.password);
    const logoutWith = (csrfToken: string) =>
      c.request({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { 'x-csrf-token': csrfToken },
      });
    expectError(await logoutWith(''), 403, 'CSRF');
    expect((await logoutWith('not-it')).statusCode).toBe(403);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it("does not ask the citizens' routes for a CSRF token, even with a staff cookie", async () => {
    const u = await makeUser(t.db, 'admin');
    const c = await login(t.app, u.username, u.password);
    const res = await c.request({
      method: 'POST',
      url: '/api/public/cases/ABCDEFGHJK/rating',
      headers: { 'x-csrf-token': '' },
      payload: { rating: 'satisfied' },
    });
    expect(res.statusCode).not.toBe(403);
    expect(res.json().error?.code).not.toBe('CSRF');
  });

  it('expires an idle session', async () => {
    const u = await makeUser(t.db, 'admin');
    const c = await login(t.app, u.username, u.password);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    await t.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 3 * 3_600_000) })
      .where(eq(sessions.userId, u.id));
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('expires a session past its absolute lifetime', async () => {
    const u = await makeUser(t.db, 'admin');
    const c = await login(t.app, u.username, u.password);
    await t.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, u.id));
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a disabled account', async () => {
    const u = await makeUser(t.db, 'office');
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, u.id));
    const res = await tryLogin(t.app, u.username, u.password);
    expectError(res, 403, 'ACCOUNT_DISABLED');
  });
});

describe('登录设备: GET /api/auth/sessions, DELETE /api/auth/sessions/:id', () => {
  const t = useTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/sessions' })).statusCode).toBe(401);
    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/auth/sessions/00000000-0000-7000-8000-000000000000',
    });
    expect(del.statusCode).toBe(401);
  });

  it("lists the caller's own sessions and ends another one; never another user's", async () => {
    const u = await makeUser(t.db, 'cadre');
    const other = await makeUser(t.db, 'cadre');
    const a = await login(t.app, u.username, u.password);
    const b = await login(t.app, u.username, u.password);
    const x = await login(t.app, other.username, other.password);
    const list = await a.get('/api/auth/sessions');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean; ip: string | null }[];
    expect(items).toHaveLength(2);
    expect(items.filter((i) => i.current)).toHaveLength(1);
    expect(items[0]?.ip).toBe('127.0.0.1');
    const mine = items.find((i) => i.current)?.id;
    const bId = items.find((i) => !i.current)?.id;
    // another user's session is not found, and stays open
    const theirs = (await x.get('/api/auth/sessions')).json().items[0].id;
    expect((await a.delete(`/api/auth/sessions/${theirs}`)).statusCode).toBe(404);
    expect((await x.get('/api/auth/me')).statusCode).toBe(200);
    // the current one is ended by 退出登录, not here
    expect((await a.delete(`/api/auth/sessions/${mine}`)).statusCode).toBe(404);
    expect((await a.delete('/api/auth/sessions/not-a-uuid')).statusCode).toBe(400);
    expect((await a.delete(`/api/auth/sessions/${bId}`)).statusCode).toBe(204);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    expect((await a.get('/api/auth/sessions')).json().items).toHaveLength(1);
  });
});

describe('login rate limit', () => {
  const t = useTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });

  it('answers 429 with a Chinese message once an address tries too often', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await tryLogin(t.app, 'x', 'y');
      codes.push(r.statusCode);
      if (r.statusCode === 429) expect(r.json().error.code).toBe('RATE_LIMITED');
    }
    expect(codes).toEqual([401, 401, 401, 429]);
  });
});
