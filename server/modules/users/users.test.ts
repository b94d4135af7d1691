import { describe, expect, it } from 'vitest';
import { login, tryLogin } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { expectEveryCall } from '../../test/expect.ts';
import { makeCadre, makeUser } from '../../test/factories.ts';
import { useTestApp, useWorld } from '../../test/hooks.ts';
import { readXlsx } from '../../test/xlsx.ts';

describe('/api/users', () => {
  const { t, w } = useWorld();

  it('answers 401 without login and 403 to every role but admin', async () => {
    await expectEveryCall(
      t.app,
      [
        ['GET', '/api/users'],
        ['POST', '/api/users'],
      ],
      401,
    );
    for (const role of ['office', 'unit_admin', 'cadre', 'inspector'] as const) {
      await expectEveryCall(
        w.as[role],
        [
          ['GET', '/api/users'],
          ['POST', '/api/users'],
          ['PATCH', `/api/users/${t.config.version}`],
        ],
        403,
      );
    }
  });

  it('creates a cadre account bound to a cadre of its unit, who can then log in', async () => {
    const cadre = await makeCadre(t.db, w.unitA, { name: '账号干部' });
    const res = await w.as.admin.post('/api/users', {
      username: 'zhang.san',
      name: '张三',
      role: 'cadre',
      orgId: w.unitA.id,
      cadreId: cadre.id,
      password: 'secret123',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'zhang.san',
      role: 'cadre',
      orgName: '甲单位',
      cadreName: '账号干部',
      locked: false,
      disabled: false,
    });
    expect(res.json()).not.toHaveProperty('passwordHash');
    const c = await login(t.app, 'zhang.san', 'secret123');
    expect((await c.get('/api/auth/me')).json().user.role).toBe('cadre');
    const [row] = await auditRows(t.db, { entity: 'user', entityId: res.json().id });
    expect(JSON.stringify(row?.after)).not.toContain('scrypt');
  });

  it('validates accounts: weak password, bad username, missing unit or cadre, duplicates', async () => {
    // an account body: name 'x' and a good password unless the test gives others
    const create = (body: Record<string, unknown>) =>
      w.as.admin.post('/api/users', { name: 'x', password: 'secret123', ...body });
    const weak = await create({ username: 'weak', name: '弱', role: 'office', password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0]).toMatchObject({ field: 'body.password' });
    const badName = await create({ username: '中文名', role: 'office' });
    expect(badName.json().error.details[0].field).toBe('body.username');
    const noOrg = await create({ username: 'noorg', role: 'unit_admin' });
    expect(noOrg.statusCode).toBe(400);
    expect(noOrg.json().error.code).toBe('USER_ORG_REQUIRED');
    const noCadre = await create({ username: 'nocadre', role: 'cadre', orgId: w.unitA.id });
    expect(noCadre.json().error.code).toBe('USER_CADRE_REQUIRED');
    const other = await makeCadre(t.db, w.unitB);
    const mismatch = await create({
      username: 'mismatch',
      role: 'cadre',
      orgId: w.unitA.id,
      cadreId: other.id,
    });
    expect(mismatch.json().error.code).toBe('USER_CADRE_ORG_MISMATCH');
    await create({ username: 'twice', role: 'office' });
    const dup = await create({ username: 'twice', name: 'y', role: 'office' });
    expect(dup.statusCode).toBe(409);
  });

  it('lists and searches accounts with paging', async () => {
    const res = await w.as.admin.get('/api/users?q=unit_admin&pageSize=1');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    expect(res.json().total).toBeGreaterThanOrEqual(1);
    const byRole = await w.as.admin.get('/api/users?role=inspector');
    expect(byRole.json().items.every((u: { role: string }) => u.role === 'inspector')).toBe(true);
    expect((await w.as.admin.get('/api/users?role=king')).statusCode).toBe(400);
  });

  it('resets a password and disables an account, ending its sessions', async () => {
    const u = await makeUser(t.db, 'office');
    const c = await login(t.app, u.username, u.password);
    const reset = await w.as.admin.patch(`/api/users/${u.id}`, { password: 'newpass123' });
    expect(reset.statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
    const c2 = await login(t.app, u.username, 'newpass123');
    const off = await w.as.admin.patch(`/api/users/${u.id}`, { disabled: true });
    expect(off.json().disabled).toBe(true);
    expect((await c2.get('/api/auth/me')).statusCode).toBe(401);
    const refused = await tryLogin(t.app, u.username, 'newpass123');
    expect(refused.statusCode).toBe(403);
  });

  it('unlocks a locked account', async () => {
    const u = await makeUser(t.db, 'office');
    for (let i = 0; i < 5; i++) {
      await tryLogin(t.app, u.username, 'bad');
    }
    expect((await w.as.admin.get(`/api/users/${u.id}`)).json().locked).toBe(true);
    const res = await w.as.admin.patch(`/api/users/${u.id}`, { unlock: true });
    expect(res.json().locked).toBe(false);
    await login(t.app, u.username, u.password);
  });

  it('keeps the admin from locking themselves out', async () => {
    const me = (await w.as.admin.get('/api/auth/me')).json().user;
    const res = await w.as.admin.patch(`/api/users/${me.id}`, { disabled: true });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('SELF_LOCKOUT');
    expect((await w.as.admin.patch(`/api/users/${me.id}`, { role: 'office' })).statusCode).toBe(
      409,
    );
  });

  it('exports the filtered accounts to Excel, never a password hash', async () => {
    const res = await w.as.admin.get('/api/users/export?role=unit_admin');
    expect(res.statusCode).toBe(200);
    const rows = await readXlsx(res);
    expect(rows[0]).toEqual(['用户名', '姓名', '角色', '所属单位', '关联干部', '状态']);
    expect(rows.slice(1).every((r) => r[2] === '单位管理员')).toBe(true);
    expect(rows.length).toBeGreaterThan(1);
    expect(JSON.stringify(rows)).not.toContain('scrypt');
    expect((await w.as.office.get('/api/users/export')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/users/export' })).statusCode).toBe(401);
  });

  it('answers 404 for an unknown account', async () => {
    expect(
      (await w.as.admin.get('/api/users/00000000-0000-7000-8000-000000000000')).statusCode,
    ).toBe(404);
  });
});

describe('POST /api/auth/password', () => {
  const t = useTestApp();

  it('changes the own password after checking the current one, ending other sessions', async () => {
    const u = await makeUser(t.db, 'cadre');
    const a = await login(t.app, u.username, u.password);
    const b = await login(t.app, u.username, u.password);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/password', payload: {} })).statusCode,
    ).toBe(401);
    const wrong = await a.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'another123',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
    const weak = await a.post('/api/auth/password', {
      currentPassword: u.password,
      newPassword: 'abc',
    });
    expect(weak.statusCode).toBe(400);
    const ok = await a.post('/api/auth/password', {
      currentPassword: u.password,
      newPassword: 'another123',
    });
    expect(ok.statusCode).toBe(204);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    await login(t.app, u.username, 'another123');
  });

  it('counts a wrong current password as a failed login and locks the same way', async () => {
    const u = await makeUser(t.db, 'cadre');
    const a = await login(t.app, u.username, u.password);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await a.post('/api/auth/password', {
        currentPassword: 'nope',
        newPassword: 'another123',
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([400, 400, 400, 400, 423]);
    // now even the right current password and a login from this address are refused
    const right = await a.post('/api/auth/password', {
      currentPassword: u.password,
      newPassword: 'another123',
    });
    expect(right.statusCode).toBe(423);
    const relog = await tryLogin(t.app, u.username, u.password);
    expect(relog.statusCode).toBe(423);
    // and the count is shared with the login: 4 wrong logins + 1 wrong current password lock
    const v = await makeUser(t.db, 'cadre');
    const b = await login(t.app, v.username, v.password);
    for (let i = 0; i < 4; i++) await tryLogin(t.app, v.username, 'bad');
    const fifth = await b.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'another123',
    });
    expect(fifth.statusCode).toBe(423);
  });
});
