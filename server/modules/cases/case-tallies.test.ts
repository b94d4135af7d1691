import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { TDashboard } from '../../../common/dashboard.ts';
import { makeCadre } from '../../test/factories.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { cellsOf } from './case-stats.repo.ts';

/**
 * The dashboard's case figures come from `case_tallies` (a cell per month or day and unit), kept
 * honest by a trigger on `cases`: whatever writes a case — a step through the API, a raw UPDATE, a
 * DELETE — the next dashboard counts it; a change of the holidays recomputes the working days.
 * The cases here are of March 2013, a month no other test writes.
 */
describe('case tallies (the dashboard case figures kept on write)', () => {
  const { t, w } = useWorld();

  const at = (day: string, time = '10:00:00') => new Date(`${day}T${time}+08:00`);
  const dashboard = async (from: string, to: string, orgId?: string) => {
    const res = await w.as.office.get(
      `/api/dashboard?from=${from}&to=${to}${orgId ? `&orgId=${orgId}` : ''}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as TDashboard).cases;
  };
  const cells = async () => {
    const res = (await t.db.execute(sql`
      select grain, start::text as start, org_id as "orgId", stamp, computed
      from case_tallies where start >= '2013-03-01' and start < '2013-04-01'
      order by grain, start, org_id`)) as unknown as {
      rows: {
        grain: string;
        start: string;
        orgId: string | null;
        stamp: number;
        computed: number;
      }[];
    };
    return res.rows;
  };

  it('covers a period with month cells where it can, days elsewhere', () => {
    expect(cellsOf('2014-01-30', '2014-03-31', '2026-12-07')).toEqual([
      { grain: 'day', start: '2014-01-30' },
      { grain: 'day', start: '2014-01-31' },
      { grain: 'month', start: '2014-02-01' },
      { grain: 'month', start: '2014-03-01' },
    ]);
    expect(cellsOf('2014-03-01', '2014-03-02', '2026-12-07')).toEqual([
      { grain: 'day', start: '2014-03-01' },
      { grain: 'day', start: '2014-03-02' },
    ]);
    // up to today: no case is submitted after today, so the month so far is its cell
    expect(cellsOf('2026-12-01', '2026-12-07', '2026-12-07')).toEqual([
      { grain: 'month', start: '2026-12-01' },
    ]);
  });

  it('follows every write to a case, through the API or not', async () => {
    const c = await makeCase(t.db, {
      status: 'in_progress',
      assignedOrgId: w.unitA.id,
      dueDate: '2013-03-12',
      createdAt: at('2013-03-05'),
    });
    const month = await dashboard('2013-03-01', '2013-03-31');
    expect(month).toMatchObject({ received: 1, overdue: 1, byStatus: { in_progress: 1 } });
    expect(month.unitRows.map((r) => [r.key, r.value])).toEqual([[w.unitA.id, 1]]);
    // the same case counted from day cells, and from a unit's view
    expect(await dashboard('2013-03-04', '2013-03-06')).toMatchObject({ received: 1, overdue: 1 });
    expect(await dashboard('2013-03-06', '2013-03-31')).toMatchObject({ received: 0, overdue: 0 });
    expect(await dashboard('2013-03-01', '2013-03-31', w.unitB.id)).toMatchObject({ received: 0 });
    // read once, the cells are current: computed at the stamp they hold
    expect((await cells()).every((x) => x.computed === x.stamp)).toBe(true);

    // a transfer through the API moves it to the other unit's cells
    const moved = await w.as.office.post(`/api/cases/${c.id}/events`, {
      action: 'transfer',
      orgId: w.unitB.id,
      handlerCadreId: (await makeCadre(t.db, w.unitB)).id,
      reason: '职责调整',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await dashboard('2013-03-01', '2013-03-31')).unitRows.map((r) => r.key)).toEqual([
      w.unitB.id,
    ]);
    expect(await dashboard('2013-03-01', '2013-03-31', w.unitB.id)).toMatchObject({ received: 1 });

    // a raw UPDATE (no service in the way) is counted too: answered on time, rated
    await t.db.execute(sql`update cases set status = 'signed_off', answered_at = ${at('2013-03-08')},
      rating = 'satisfied' where id = ${c.id}`);
    expect(await dashboard('2013-03-01', '2013-03-31')).toMatchObject({
      received: 1,
      overdue: 0,
      byStatus: { signed_off: 1 },
      onTimeCompletionRate: 1,
      satisfaction: { satisfied: 1, basically: 0, dissatisfied: 0 },
    });

    await t.db.execute(sql`delete from case_events where case_id = ${c.id}`);
    await t.db.execute(sql`delete from cases where id = ${c.id}`);
    expect(await dashboard('2013-03-01', '2013-03-31')).toMatchObject({ received: 0, overdue: 0 });
  });

  it('counts working days on the holidays as they are now', async () => {
    // Monday 11 March to Friday 15 March 2013: four working days
    const c = await makeCase(t.db, {
      status: 'received',
      assignedOrgId: w.unitA.id,
      createdAt: at('2013-03-11'),
    });
    await t.db.execute(sql`update cases set status = 'answered', answered_at = ${at('2013-03-15')},
      first_action_at = ${at('2013-03-11', '11:00:00')} where id = ${c.id}`);
    expect((await dashboard('2013-03-11', '2013-03-11')).avgDaysToAnswer).toBe(4);

    const holiday = await w.as.admin.request({
      method: 'PUT',
      url: '/api/holidays/2013-03-13',
      payload: { name: '测试假日' },
    });
    expect(holiday.statusCode, holiday.body).toBe(200);
    expect((await dashboard('2013-03-11', '2013-03-11')).avgDaysToAnswer).toBe(3);

    const removed = await w.as.admin.delete('/api/holidays/2013-03-13');
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await dashboard('2013-03-11', '2013-03-11')).avgDaysToAnswer).toBe(4);
  });

  it('lists on 关注 the cases over the thresholds the admin set', async () => {
    const once = await makeCase(t.db, {
      status: 'in_progress',
      assignedOrgId: w.unitA.id,
      dissatisfiedCount: 1,
      createdAt: at('2013-03-20'),
    });
    const watched = async () =>
      (await dashboard('2013-03-20', '2013-03-20')).watch.map((x) => x.id);
    expect(await watched()).toEqual([]);
    const set = (value: number) =>
      w.as.admin.request({
        method: 'PUT',
        url: '/api/settings/dashboard.watchReopened',
        payload: { value },
      });
    expect((await set(1)).statusCode).toBe(200);
    expect(await watched()).toEqual([once.id]);
    expect((await set(3)).statusCode).toBe(200);
    expect(await watched()).toEqual([]);
  });
});
