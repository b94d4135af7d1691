import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TDashboard } from '../../../common/dashboard.ts';
import { addDays, todayInChina } from '../../../common/dates.ts';
import type { Client } from '../../test/app.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';
import { summarizeCaseEvents } from './cases.repo.ts';

type Summary = { id: string; first: string | null; units: number };

/**
 * `cases.first_action_at` and `cases.units_handled` are kept on write from case_events (the
 * dashboard's case figures read them instead of the events): they follow every step taken, and
 * always equal what the events say.
 */
describe('case summary columns kept on write', () => {
  const { t, w } = useWorld();
  let handler: { cadreId: string; client: Client };

  beforeAll(async () => {
    handler = await makeCadreWithLogin(t, w.unitA, { name: '承办干部' });
  });

  const kept = async (id: string) => {
    const res = (await t.db.execute(sql`
      select id, first_action_at::text as first, units_handled as units from cases where id = ${id}`)) as unknown as {
      rows: Summary[];
    };
    return res.rows[0] as Summary;
  };
  /** what the events say, as the dashboard derived it before the columns were kept */
  const fromEvents = async () => {
    const res = (await t.db.execute(sql`
      select c.id, (select min(e.at)::text from case_events e where e.case_id = c.id
          and e.action not in ('submit', 'note') and e.actor_id is not null) as first,
        (select count(*)::int from case_events e where e.case_id = c.id
          and e.action in ('assign', 'transfer')) as units
      from cases c order by c.id`)) as unknown as { rows: Summary[] };
    return res.rows;
  };
  const allKept = async () => {
    const res = (await t.db.execute(sql`
      select id, first_action_at::text as first, units_handled as units from cases order by id`)) as unknown as {
      rows: Summary[];
    };
    return res.rows;
  };
  const step = async (id: string, payload: Record<string, unknown>) => {
    const res = await w.as.office.post(`/api/cases/${id}/events`, payload);
    expect(res.statusCode, res.body).toBe(200);
  };
  const moveTo = () => ({ orgId: w.unitA.id, reason: '职责调整' });

  it('sets them with the steps, and the dashboard counts the units from them', async () => {
    const c = await makeCase(t.db, { status: 'received' });
    expect(await kept(c.id)).toMatchObject({ first: null, units: 0 });

    await step(c.id, { action: 'note', note: '内部备注' });
    expect(await kept(c.id)).toMatchObject({ first: null, units: 0 });

    await step(c.id, { action: 'assign', ...moveTo(), handlerCadreId: handler.cadreId });
    const first = (await kept(c.id)).first;
    expect(first).not.toBeNull();
    expect(await kept(c.id)).toMatchObject({ units: 1 });

    await step(c.id, { action: 'transfer', ...moveTo(), handlerCadreId: handler.cadreId });
    await step(c.id, { action: 'transfer', ...moveTo(), handlerCadreId: handler.cadreId });
    expect(await kept(c.id)).toEqual({ id: c.id, first, units: 3 });

    // every case's columns equal a recount from its events
    expect(await allKept()).toEqual(await fromEvents());

    // the dashboard's 关注 list shows the case with the units its events name
    const today = todayInChina();
    const res = await w.as.office.get(`/api/dashboard?from=${addDays(today, -1)}&to=${today}`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as TDashboard;
    expect(d.cases.watch.find((x) => x.id === c.id)?.units).toBe(3);
    expect(d.cases.avgDaysToFirstAction).toBe(0);
  });

  it('summarizeCaseEvents (seeds, bench) recomputes them from the events', async () => {
    const c = await makeCase(t.db, { status: 'received' });
    await step(c.id, { action: 'assign', ...moveTo(), handlerCadreId: handler.cadreId });
    await t.db.execute(sql`update cases set first_action_at = null, units_handled = 0`);
    await summarizeCaseEvents(t.db);
    expect(await allKept()).toEqual(await fromEvents());
    expect((await kept(c.id)).units).toBe(1);
  });
});
