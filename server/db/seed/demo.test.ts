import { asc } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_CHANNELS,
  CASE_RATINGS,
  CASE_STATUSES,
  RESPONDENT_GROUPS,
  type TCaseStatus,
} from '../../../common/cases.ts';
import { todayInChina } from '../../../common/dates.ts';
import { transitionOf } from '../../modules/cases/lifecycle.ts';
import { caseNoticeRow, normalisePhone } from '../../modules/channels/outbox.service.ts';
import { type Client, login } from '../../test/app.ts';
import { useTestApp } from '../../test/hooks.ts';
import { caseEvents, cases, outbox } from '../schema/index.ts';
import { inTransaction } from '../tx.ts';
import { loadDemoData } from './bootstrap.ts';
import {
  DEMO_CASE_COUNT,
  DEMO_CASE_COUNT_2015,
  DEMO_COMPLAINTS,
  loadDemoCases,
} from './demo-cases.ts';
import { DEMO_PASSWORD } from './demo-data.ts';

describe('demo data', () => {
  const t = useTestApp();
  let office: Client;
  beforeAll(async () => {
    await inTransaction(t.db, (tx) => loadDemoData(tx));
    office = await login(t.app, 'office', DEMO_PASSWORD);
  });

  it('has the bureau with its offices and units, about 60 cadres of all ranks, contact points', async () => {
    const orgs = (await office.get('/api/orgs')).json().items as { kind: string }[];
    expect(
      orgs.filter((o) => o.kind === 'office' || o.kind === 'unit').length,
    ).toBeGreaterThanOrEqual(8);
    const cadres = (await office.get('/api/cadres?pageSize=200')).json();
    expect(cadres.total).toBeGreaterThanOrEqual(55);
    const ranks = new Set(cadres.items.map((c: { rank: string }) => c.rank));
    expect([...ranks].sort()).toEqual(['county', 'other', 'section']);
    expect((await office.get('/api/contact-points')).json().total).toBeGreaterThanOrEqual(2);
  });

  it('gives the leading cadres and the demo cadre a 电子信箱 on the demo mail domain', async () => {
    const cadres = (await office.get('/api/cadres?pageSize=200')).json().items as {
      leading: boolean;
      email: string | null;
    }[];
    const leading = cadres.filter((c) => c.leading);
    expect(leading.length).toBeGreaterThan(0);
    for (const c of leading) expect(c.email).toMatch(/^gb\d{3}@tiexin\.local$/);
    const cadre = await login(t.app, 'cadre', DEMO_PASSWORD);
    const me = (await cadre.get('/api/auth/me')).json();
    const own = (await office.get(`/api/cadres/${me.user.cadreId}`)).json();
    expect(own.email).toMatch(/@tiexin\.local$/);
  });

  it('logs every demo account in', async () => {
    for (const u of ['admin', 'office', 'unit', 'cadre', 'inspector'])
      await login(t.app, u, DEMO_PASSWORD);
  });

  it('runs the 2014 campaign with a realistic mix of met and not met', async () => {
    const res = (await office.get('/api/compliance?month=2014-03&pageSize=200')).json();
    expect(res.campaign.name).toBe('学习龚全珍，争做贴心人');
    const met = res.items.filter((i: { met: boolean }) => i.met).length;
    expect(res.total).toBeGreaterThan(15);
    expect(met).toBeGreaterThan(res.total / 2);
    expect(met).toBeLessThan(res.total);
    const reasons = new Set(
      res.items.flatMap((i: { reasons: string[] }) => i.reasons.map((r) => r.slice(0, 4))),
    );
    expect(reasons.size).toBeGreaterThanOrEqual(2);
  });

  it("gives the demo cadre his month's progress", async () => {
    const cadre = await login(t.app, 'cadre', DEMO_PASSWORD);
    const me = (await cadre.get('/api/compliance/me?month=2014-03')).json();
    expect(me.progress).toMatchObject({ met: true, pairedHouseholds: 4, poorHouseholdsHelped: 1 });
    const visits = (await cadre.get('/api/visits?month=2014-03')).json();
    expect(visits.total).toBeGreaterThanOrEqual(3);
  });

  it('runs a year-round campaign this year too, so the current month has a quota (plan item 9)', async () => {
    const cadre = await login(t.app, 'cadre', DEMO_PASSWORD);
    const me = (await cadre.get('/api/compliance/me')).json();
    expect(me.campaign.name).toMatch(/^入户结亲常态化（\d{4}年）$/);
    expect(me.progress).toMatchObject({
      daysRequired: 3,
      pairedHouseholds: 4,
      poorHouseholdsHelped: 1,
    });
    expect(me.progress.daysLogged).toBeLessThanOrEqual(2);
    const board = (await office.get(`/api/compliance/units?month=${me.month}`)).json();
    expect(board.overall.cadres).toBeGreaterThan(15);
  });

  it('breaks the 2014 activities down to units with progress reports: most done in time, some late, some overdue', async () => {
    const campaigns = (await office.get('/api/campaigns?pageSize=50')).json().items as {
      id: string;
      name: string;
    }[];
    const gong = campaigns.find((c) => c.name === '学习龚全珍，争做贴心人');
    expect(gong).toBeDefined();
    const list = (
      await office.get(`/api/assignments?campaignId=${gong?.id}&pageSize=200`)
    ).json() as {
      total: number;
      items: {
        id: string;
        deadline: string;
        percent: number;
        status: string;
        overdue: boolean;
        lastReportAt: string | null;
      }[];
    };
    expect(list.total).toBeGreaterThanOrEqual(40);
    const done = list.items.filter((a) => a.status === 'done');
    const overdue = list.items.filter((a) => a.overdue);
    expect(done.length).toBeGreaterThan(list.total / 2);
    expect(overdue.length).toBeGreaterThan(2);
    expect(list.items.some((a) => a.overdue && a.status === 'in_progress')).toBe(true);
    expect(list.items.some((a) => a.overdue && a.status === 'not_started')).toBe(true);
    // in time: the last report (100%) on or before the deadline; late: after it
    const inTime = done.filter((a) => (a.lastReportAt ?? '').slice(0, 10) <= a.deadline);
    expect(inTime.length).toBeGreaterThan(done.length / 2);
    expect(inTime.length).toBeLessThan(done.length);
    // every assignment with progress has its reports, the latest matching its percent
    const reported = list.items.find((a) => a.status === 'in_progress');
    const reports = (await office.get(`/api/assignments/${reported?.id}/reports`)).json();
    expect(reports.total).toBeGreaterThanOrEqual(2);
    expect(reports.items[0].percent).toBe(reported?.percent);
    expect(reports.items[0].text.length).toBeGreaterThan(10);
    // 进度看板 shows every unit and activity with the same picture
    const board = (await office.get(`/api/campaigns/${gong?.id}/board`)).json();
    expect(board.activities).toHaveLength(9);
    expect(board.units.length).toBeGreaterThanOrEqual(5);
    expect(board.totals).toMatchObject({ assigned: list.total, overdue: overdue.length });
    expect(board.totals.done).toBe(done.length);
    // the unit admin sees his unit's tasks in 任务进展
    const unit = await login(t.app, 'unit', DEMO_PASSWORD);
    expect((await unit.get('/api/assignments')).json().total).toBeGreaterThan(0);
  });

  describe('发件箱 (outbox)', () => {
    it('holds the notices the demo cases caused, one receipt per case with a contact', async () => {
      const rows = await t.db.select().from(cases);
      const messages = await t.db.select().from(outbox).orderBy(asc(outbox.createdAt));
      expect(messages.length).toBeGreaterThan(100);
      const receipts = messages.filter((m) => (m.subject || m.body).includes('已收到'));
      const contacted = rows.filter((c) => !c.anonymous && (c.citizenEmail || c.citizenPhone));
      expect(receipts).toHaveLength(contacted.length);
      for (const c of contacted) {
        const mine = receipts.filter((m) => m.caseId === c.id);
        expect(mine, c.trackingCode).toHaveLength(1);
        const expected = caseNoticeRow(c, { kind: 'received' });
        expect(mine[0]).toMatchObject({
          kind: expected?.kind,
          recipient: expected?.recipient,
          body: expected?.body,
          createdAt: c.createdAt,
        });
      }
      // no message for an anonymous case; an answered case with a contact was told the answer
      const anonymous = new Set(rows.filter((c) => c.anonymous).map((c) => c.id));
      expect(messages.filter((m) => m.caseId && anonymous.has(m.caseId))).toHaveLength(0);
      const answerEvents = await t.db.select().from(caseEvents);
      const told = messages.filter((m) => m.body.includes('已办结'));
      const answers = answerEvents.filter(
        (e) => e.action === 'answer' && contacted.some((c) => c.id === e.caseId),
      );
      expect(told).toHaveLength(answers.length);
      expect(messages.some((m) => m.body.includes('合并办理'))).toBe(true);
      expect(messages.some((m) => m.body.includes('不予受理'))).toBe(true);
    });

    it('shows sent, failed and kept messages, each consistent with its state', async () => {
      const messages = await t.db.select().from(outbox);
      const statuses = new Set(messages.map((m) => m.status));
      for (const s of ['sent', 'failed', 'kept'] as const) expect(statuses, s).toContain(s);
      for (const m of messages) {
        if (m.status === 'sent') expect(m.sentAt).not.toBeNull();
        else expect(m.sentAt).toBeNull();
        if (m.status === 'failed') expect(m.lastError).toBeTruthy();
        expect(m.status === 'capped').toBe(m.cappedReason !== null);
      }
      // a capped receipt had 3 receipts to the same recipient that day before it
      const receipts = messages
        .filter((m) => (m.subject || m.body).includes('已收到'))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      const keyOf = (m: (typeof messages)[number]) =>
        `${m.kind === 'sms' ? normalisePhone(m.recipient) : m.recipient.toLowerCase()} ${todayInChina(m.createdAt)}`;
      const seen = new Map<string, number>();
      for (const m of receipts) {
        const n = seen.get(keyOf(m)) ?? 0;
        expect(m.status === 'capped', m.recipient).toBe(n >= 3);
        if (m.status !== 'capped') seen.set(keyOf(m), n + 1);
      }
      const admin = await login(t.app, 'admin', DEMO_PASSWORD);
      expect((await admin.get('/api/outbox?status=failed')).json().total).toBeGreaterThan(0);
    });
  });

  describe('cases (件)', () => {
    it('has about 300 cases in every status and from every channel', async () => {
      const total = async (q: string) =>
        (await office.get(`/api/cases?pageSize=1&${q}`)).json().total;
      expect(DEMO_CASE_COUNT).toBe(300);
      // and, for the 2015 campaign, that year's (demo-lasting.test.ts)
      expect(await total('')).toBe(DEMO_CASE_COUNT + DEMO_CASE_COUNT_2015);
      for (const status of CASE_STATUSES)
        expect(await total(`status=${status}`), status).toBeGreaterThan(0);
      for (const channel of CASE_CHANNELS) {
        expect(await total(`channel=${channel}`), channel).toBeGreaterThan(0);
      }
      expect(await total('overdue=true')).toBeGreaterThan(0);
      const rows = await t.db.select().from(cases);
      expect(new Set(rows.map((c) => c.respondentGroup).filter(Boolean))).toEqual(
        new Set(RESPONDENT_GROUPS),
      );
      expect(new Set(rows.map((c) => c.rating).filter(Boolean))).toEqual(new Set(CASE_RATINGS));
      expect(new Set(rows.map((c) => c.categoryId)).size).toBeGreaterThanOrEqual(10);
      expect(rows.filter((c) => c.escalated).length).toBeGreaterThan(5);
      const year = new Date().getFullYear();
      expect(rows.every((c) => c.createdAt <= new Date())).toBe(true);
      expect(rows.filter((c) => c.createdAt.getFullYear() === year).length).toBeGreaterThan(250);
    });

    it('agrees with the lifecycle table: every event follows from the one before', async () => {
      const rows = await t.db.select().from(cases);
      const events = await t.db
        .select()
        .from(caseEvents)
        .orderBy(asc(caseEvents.at), asc(caseEvents.id));
      const byCase = new Map<string, typeof events>();
      for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
      for (const c of rows) {
        const steps = (byCase.get(c.id) ?? []).filter((e) => e.toStatus !== null);
        expect(steps[0]?.action).toBe('submit');
        let status: TCaseStatus = 'received';
        for (const e of steps.slice(1)) {
          expect(transitionOf(e.action).from, `${c.trackingCode} ${e.action}`).toContain(status);
          expect(e.fromStatus).toBe(status);
          status = e.toStatus as TCaseStatus;
        }
        expect(status, c.trackingCode).toBe(c.status);
        if (c.status === 'signed_off') expect(c.signedOffAt).not.toBeNull();
        if (c.status === 'merged') expect(c.mergedIntoId).not.toBeNull();
        if (['assigned', 'in_progress', 'answered'].includes(c.status)) {
          expect(c.handlerCadreId).not.toBeNull();
          expect(c.dueDate).not.toBeNull();
        }
      }
    });

    it('answers every case with an answer written for its complaint (办成实事 pairs that fit)', async () => {
      const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const patterns = DEMO_COMPLAINTS.map((k) => ({
        k,
        re: new RegExp(`^${literal(k.text).replace(literal('{p}'), '.+')}$`),
      }));
      const rows = await t.db
        .select({ content: cases.content, answer: cases.answer, measures: cases.measures })
        .from(cases);
      const answered = rows.filter((c) => c.answer !== null);
      expect(answered.length).toBeGreaterThan(100);
      for (const c of answered) {
        const complaint = patterns.find((p) => p.re.test(c.content))?.k;
        expect(complaint, c.content).toBeDefined();
        const fitting = complaint?.answers ?? [];
        expect(
          fitting.map((a) => a[0]),
          c.content,
        ).toContain(c.answer);
        expect(fitting.find((a) => a[0] === c.answer)?.[1], c.content).toBe(c.measures);
      }
      // the 办成实事 list shows the same pairs to the public
      const resolved = (
        await t.app.inject({ method: 'GET', url: '/api/public/resolved?pageSize=100' })
      ).json().items as { content: string; answer: string }[];
      expect(resolved.length).toBeGreaterThan(10);
      for (const item of resolved) {
        const complaint = patterns.find((p) => p.re.test(item.content))?.k;
        expect(
          complaint?.answers.map((a) => a[0]),
          item.content,
        ).toContain(item.answer);
      }
    });

    it('fills the demo cadre’s 诉求清单 and publishes some resolved cases', async () => {
      const cadre = await login(t.app, 'cadre', DEMO_PASSWORD);
      const me = (await cadre.get('/api/auth/me')).json().user;
      const mine = (await cadre.get(`/api/cases?cadreId=${me.cadreId}`)).json();
      expect(mine.total).toBeGreaterThan(3);
      const resolved = await t.app.inject({ method: 'GET', url: '/api/public/resolved' });
      expect(resolved.json().total).toBeGreaterThan(10);
      const open311 = await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json' });
      expect(open311.json().length).toBeGreaterThan(0);
    });

    // (how fast it loads is measured by the benchmarks, not here)
    it('loads the cases the same way every time', async () => {
      const codes = async () =>
        (await t.db.select({ code: cases.trackingCode }).from(cases)).map((c) => c.code).sort();
      const before = await codes();
      await t.db.delete(outbox);
      await t.db.delete(caseEvents);
      await t.db.delete(cases);
      await inTransaction(t.db, (tx) => loadDemoCases(tx));
      expect(await codes()).toEqual(before);
    });
  });
});
