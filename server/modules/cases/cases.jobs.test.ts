import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { caseEvents, cases, notifications, outbox } from '../../db/schema/index.ts';
import type { TestApp } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { lastCaseEvent, makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';
import { autoSignOff, escalateOverdueCases } from './cases.jobs.ts';

const DAY = 86_400_000;

/** What the tests read back from the database. */
const probes = (t: TestApp) => ({
  eventsOf: (id: string) => t.db.select().from(caseEvents).where(eq(caseEvents.caseId, id)),
  auditsOf: (id: string) => auditRows(t.db, { entityId: id, action: 'update' }),
  statusOf: async (id: string) =>
    (await t.db.select({ s: cases.status }).from(cases).where(eq(cases.id, id)))[0]?.s,
});

describe('overdue escalation (超期督办, the system step)', () => {
  // each block on a database of its own: a job takes every case that qualifies
  const { t, w } = useWorld();
  const { eventsOf, auditsOf, statusOf } = probes(t);
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
    expect(await lastCaseEvent(w.as.office, late.id)).toMatchObject({
      action: 'escalate',
      actionLabel: '超期督办',
      public: false,
      actorId: null,
      actorName: '系统（超期督办）',
      note: '已超过办理时限（2014-03-03），已提醒单位管理员和局活动办',
    });
  });

  it('writes the engine event and the audit row with the system actor, the status unchanged', async () => {
    const late = await makeCase(t.db, {
      status: 'assigned',
      assignedOrgId: w.unitA.id,
      dueDate: '2014-03-05',
    });
    expect(await escalateOverdueCases(t.db, '2014-03-10')).toBe(1);
    expect(await statusOf(late.id)).toBe('assigned');
    const events = await eventsOf(late.id);
    expect(events.filter((e) => e.action === 'escalate')).toMatchObject([
      { fromStatus: 'assigned', toStatus: 'assigned', actorId: null, public: false },
    ]);
    expect(await auditsOf(late.id)).toMatchObject([
      {
        actorId: null,
        actorName: '系统（超期督办）',
        entity: 'case',
        summary: `超期督办 ${late.trackingCode}`,
        before: { status: 'assigned' },
        after: { status: 'assigned' },
      },
    ]);
    // staff may not take the system's step
    const res = await w.as.office.post(`/api/cases/${late.id}/events`, { action: 'escalate' });
    expect(res.statusCode).toBe(403);
  });
});

describe('销号 without a rating (自动销号, the system step)', () => {
  // each block on a database of its own: a job takes every case that qualifies
  const { t, w } = useWorld();
  const { eventsOf, auditsOf, statusOf } = probes(t);
  it('signs off answered cases left unrated after the set days, and only those', async () => {
    const unrated = await makeCase(t.db, { status: 'answered', assignedOrgId: w.unitA.id });
    const rated = await makeCase(t.db, {
      status: 'answered',
      assignedOrgId: w.unitA.id,
      rating: 'dissatisfied',
    });
    // 系统设置: 15 days (the 2014 value)
    expect(await autoSignOff(t.db, new Date(Date.now() + 14 * DAY))).toBe(0);
    const later = new Date(Date.now() + 16 * DAY);
    expect(await autoSignOff(t.db, later)).toBe(1);
    expect(await autoSignOff(t.db, later)).toBe(0);
    expect(await statusOf(unrated.id)).toBe('signed_off');
    expect(await statusOf(rated.id)).toBe('answered');
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/public/cases/${unrated.trackingCode}`,
    });
    expect(view.json().timeline.at(-1)).toMatchObject({ action: 'sign_off' });
  });

  it('writes the engine event, the audit row with the system actor and the citizen notice', async () => {
    const c = await makeCase(t.db, {
      status: 'answered',
      assignedOrgId: w.unitA.id,
      citizenPhone: '13900001111',
    });
    expect(await autoSignOff(t.db, new Date(Date.now() + 16 * DAY))).toBe(1);
    const [event] = (await eventsOf(c.id)).filter((e) => e.action === 'sign_off');
    expect(event).toMatchObject({
      fromStatus: 'answered',
      toStatus: 'signed_off',
      actorId: null,
      actorName: '系统（自动销号）',
      public: true,
      note: '答复后 15 天未评价，自动销号',
    });
    expect(await auditsOf(c.id)).toMatchObject([
      {
        actorId: null,
        actorName: '系统（自动销号）',
        summary: `销号 ${c.trackingCode}`,
        before: { status: 'answered' },
        after: { status: 'signed_off' },
      },
    ]);
    const [notice] = await t.db.select().from(outbox).where(eq(outbox.caseId, c.id));
    expect(notice).toMatchObject({ kind: 'sms', recipient: '13900001111' });
    expect(notice?.body).toContain('已销号');
    expect(notice?.body).toContain(c.trackingCode);
  });

  it('waits as many days as 系统设置 says', async () => {
    const c = await makeCase(t.db, { status: 'answered', assignedOrgId: w.unitA.id });
    const setDays = (value: number) =>
      w.as.admin.request({
        method: 'PUT',
        url: '/api/settings/cases.autoSignOffDays',
        payload: { value },
      });
    const put = await setDays(30);
    expect(put.statusCode, put.body).toBe(200);
    try {
      expect(await autoSignOff(t.db, new Date(Date.now() + 16 * DAY))).toBe(0);
      expect(await autoSignOff(t.db, new Date(Date.now() + 31 * DAY))).toBe(1);
      expect(await statusOf(c.id)).toBe('signed_off');
    } finally {
      await setDays(15);
    }
  });

  it('sends the same 销号 notice when staff sign off after a good rating', async () => {
    const c = await makeCase(t.db, {
      status: 'answered',
      assignedOrgId: w.unitA.id,
      rating: 'satisfied',
      citizenPhone: '13900002222',
    });
    const res = await w.as.unit_admin.post(`/api/cases/${c.id}/events`, { action: 'sign_off' });
    expect(res.statusCode, res.body).toBe(200);
    const [notice] = await t.db.select().from(outbox).where(eq(outbox.caseId, c.id));
    expect(notice?.body).toContain('已销号');
  });

  // two steps on one case at once
  it('lets one win; the other is refused with 409 and writes nothing', async () => {
    const handler = await makeCadreWithLogin(t, w.unitA, { name: '并发承办人' });
    const c = await makeCase(t.db, {
      status: 'assigned',
      assignedOrgId: w.unitA.id,
      handlerCadreId: handler.cadreId,
    });
    const [a, b] = await Promise.all([
      handler.client.post(`/api/cases/${c.id}/events`, { action: 'start' }),
      w.as.unit_admin.post(`/api/cases/${c.id}/events`, { action: 'start' }),
    ]);
    expect([a?.statusCode, b?.statusCode].sort()).toEqual([200, 409]);
    expect((await eventsOf(c.id)).filter((e) => e.action === 'start')).toHaveLength(1);
    expect(await auditsOf(c.id)).toHaveLength(1);
    expect(await statusOf(c.id)).toBe('in_progress');
  });
});
