import { beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx.ts';
import { useWorld } from '../../test/hooks.ts';
import { notify } from './notifications.service.ts';

describe('/api/notifications', () => {
  const { t, w } = useWorld();
  let cadreUserId: string;
  beforeAll(async () => {
    cadreUserId = (await w.as.cadre.get('/api/auth/me')).json().user.id;
  });

  it('answers 401 without login', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/notifications/read-all' })).statusCode,
    ).toBe(401);
  });

  it('delivers once per dedupe key, lists the own notifications only, marks them read', async () => {
    const n = {
      userId: cadreUserId,
      kind: 'quota_reminder' as const,
      title: '本月走访天数不足',
      link: '/visits',
      dedupeKey: 'quota:2014-03',
    };
    expect(await inTransaction(t.db, (tx) => notify(tx, [n]))).toBe(1);
    expect(await inTransaction(t.db, (tx) => notify(tx, [n]))).toBe(0);
    await inTransaction(t.db, (tx) =>
      notify(tx, [{ ...n, dedupeKey: 'quota:2014-04', title: '四月' }]),
    );

    const mine = (await w.as.cadre.get('/api/notifications')).json();
    expect(mine.total).toBe(2);
    expect(mine.unread).toBe(2);
    expect(mine.items[0]).toMatchObject({ title: '四月', readAt: null, link: '/visits' });
    expect((await w.as.unit_admin.get('/api/notifications')).json().total).toBe(0);

    // someone else's notification cannot be marked
    expect(
      (await w.as.unit_admin.post(`/api/notifications/${mine.items[0].id}/read`)).json().marked,
    ).toBe(0);
    expect(
      (await w.as.cadre.post(`/api/notifications/${mine.items[0].id}/read`)).json().marked,
    ).toBe(1);
    expect((await w.as.cadre.get('/api/notifications?unreadOnly=true')).json().total).toBe(1);
    expect((await w.as.cadre.post('/api/notifications/read-all')).json().marked).toBe(1);
    expect((await w.as.cadre.get('/api/notifications')).json().unread).toBe(0);
  });

  it('answers 400 to a bad id or query', async () => {
    expect((await w.as.cadre.post('/api/notifications/nope/read')).statusCode).toBe(400);
    expect((await w.as.cadre.get('/api/notifications?pageSize=0')).statusCode).toBe(400);
  });
});
