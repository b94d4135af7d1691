import { describe, expect, it } from 'vitest';
import type { World } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { expectEveryCall } from '../../test/expect.ts';
import { useWorld } from '../../test/hooks.ts';
import { dueDateAfter } from './holidays.service.ts';

describe('holidays API (节假日)', () => {
  const { t, w } = useWorld();

  const put = (role: keyof World['as'], date: string, payload: unknown) =>
    w.as[role].request({ method: 'PUT', url: `/api/holidays/${date}`, payload: payload as object });

  it('answers 401 without a session', async () => {
    await expectEveryCall(
      t.app,
      [
        ['GET', '/api/holidays?year=2014'],
        ['PUT', '/api/holidays/2014-05-05'],
        ['DELETE', '/api/holidays/2014-05-05'],
      ],
      401,
    );
  });

  it('lists the seeded 2014 calendar to every role', async () => {
    for (const role of ['admin', 'cadre', 'inspector'] as const) {
      const res = await w.as[role].get('/api/holidays?year=2014');
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { date: string; name: string; workday: boolean }[];
      expect(items.find((h) => h.date === '2014-10-01')).toEqual({
        date: '2014-10-01',
        name: '国庆节',
        workday: false,
      });
      expect(items.find((h) => h.date === '2014-10-11')?.workday).toBe(true);
      expect(items.every((h) => h.date.startsWith('2014-'))).toBe(true);
    }
  });

  it('rejects a bad year and bad dates with 400', async () => {
    expect((await w.as.office.get('/api/holidays?year=abc')).statusCode).toBe(400);
    expect((await w.as.office.get('/api/holidays')).statusCode).toBe(400);
    expect((await put('office', '2014-02-30', { name: '某日' })).statusCode).toBe(400);
    expect((await put('office', '2014-05-05', { name: '' })).statusCode).toBe(400);
    const weekday = await put('office', '2014-05-05', { name: '调休', workday: true });
    expect(weekday.statusCode).toBe(400);
    expect(weekday.json().error.message).toContain('周六、周日');
  });

  it('lets only admin and office change the calendar', async () => {
    for (const role of ['unit_admin', 'cadre', 'inspector'] as const) {
      expect((await put(role, '2014-05-05', { name: '某节' })).statusCode).toBe(403);
      expect((await w.as[role].delete('/api/holidays/2014-10-01')).statusCode).toBe(403);
    }
  });

  it('adds, edits and deletes a day, audited, and due dates follow', async () => {
    // Wednesday 2014-11-05 + 1 working day is Thursday, until the office makes it a holiday
    expect(await dueDateAfter(t.db, '2014-11-05', 1)).toBe('2014-11-06');
    const added = await put('office', '2014-11-06', { name: '地方节日' });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toEqual({ date: '2014-11-06', name: '地方节日', workday: false });
    expect(await dueDateAfter(t.db, '2014-11-05', 1)).toBe('2014-11-07');

    // a worked Saturday counts
    expect((await put('admin', '2014-11-08', { name: '调休上班', workday: true })).statusCode).toBe(
      200,
    );
    expect(await dueDateAfter(t.db, '2014-11-05', 2)).toBe('2014-11-08');

    expect((await put('office', '2014-11-06', { name: '改名' })).json().name).toBe('改名');
    const del = await w.as.office.delete('/api/holidays/2014-11-06');
    expect(del.statusCode).toBe(204);
    expect((await w.as.office.delete('/api/holidays/2014-11-06')).statusCode).toBe(404);
    expect(await dueDateAfter(t.db, '2014-11-05', 1)).toBe('2014-11-06');

    const rows = await auditRows(t.db, { entity: 'holiday', entityId: '2014-11-06' });
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'delete', 'update']);
  });
});
