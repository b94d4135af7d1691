import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, notifications } from '../../db/schema/index.ts';
import { makeTestApp, makeWorld, type TestApp, type World } from '../../test/app.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { AUTO_SIGN_OFF_DAYS, autoSignOff, escalateOverdueCases } from './cases.jobs.ts';

describe('overdue escalation', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await makeTestApp();
    w = await makeWorld(t);
  });
  afterAll(() => t.close());

  it('flags an overdue case once and notifies its unit admin and the office, not others', async () => {
    const late = await makeCase(t.db, {
      status: 'in_progress',
      assignedOrgId: w.branchA.id,
      dueDate: '2014-03-03',
    });
    const onTime = await makeCase(t.db, {
      status: 'assigned',
      assignedOrgId: w.unitB.id,
      dueDate: '2014-03-20',
    });
    const answered = await makeCase(t.db, {
      status: 'answered',
      assignedOrgId: w.unitB.id,
      dueDate: '2014-03-01',
    });
    expect(await escalateOverdueCases(t.db, '2014-03-10')).toBe(1);
    expect(await escalateOverdueCases(t.db, '2014-03-10')).toBe(0);
    const flags = await t.db.select({ id: cases.id, e: cases.escalated }).from(cases);
    const flag = (id: string) => flags.find((f) => f.id === id)?.e;
    expect([flag(late.id), flag(onTime.id), flag(answered.id)]).toEqual([true, false, false]);
    const sent = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'case_escalated'));
    // the office and unit A's admin (unit A is above branch A); once each despite two runs
    expect(sent).toHaveLength(2);
    const unitAdminList = (await w.as.unit_admin.get('/api/notifications')).json();
    expect(JSON.stringify(unitAdminList)).toContain(late.trackingCode);
    const timeline = (await w.as.office.get(`/api/cases/${late.id}/events`)).json().items;
    expect(timeline.at(-1)).toMatchObject({ action: 'note', public: false });
  });
});

describe('销号 without a rating', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await makeTestApp();
    w = await makeWorld(t);
  });
  afterAll(() => t.close());

  it('signs off answered cases left unrated, and only those', async () => {
    const unrated = await makeCase(t.db, { status: 'answered', assignedOrgId: w.unitA.id });
    const rated = await makeCase(t.db, {
      status: 'answered',
      assignedOrgId: w.unitA.id,
      rating: 'dissatisfied',
    });
    const later = new Date(Date.now() + (AUTO_SIGN_OFF_DAYS + 1) * 86_400_000);
    expect(await autoSignOff(t.db, new Date())).toBe(0);
    expect(await autoSignOff(t.db, later)).toBe(1);
    expect(await autoSignOff(t.db, later)).toBe(0);
    const status = async (id: string) =>
      (await t.db.select({ s: cases.status }).from(cases).where(eq(cases.id, id)))[0]?.s;
    expect(await status(unrated.id)).toBe('signed_off');
    expect(await status(rated.id)).toBe('answered');
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/public/cases/${unrated.trackingCode}`,
    });
    expect(view.json().timeline.at(-1)).toMatchObject({ action: 'sign_off' });
  });
});
