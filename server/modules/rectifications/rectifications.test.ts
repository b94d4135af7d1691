import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '../../../common/dates.ts';
import { notifications, rectifications, workflowEvents } from '../../db/schema/index.ts';
import { type Client, login } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import {
  expectError,
  expectEveryCall,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeCadre, makeUser } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';
import { expectSheet } from '../../test/xlsx.ts';
import { remindOverdue, reopenDissatisfied } from './rectifications.service.ts';

describe('/api/rectifications', () => {
  const { t, w } = useWorld();
  let me: { cadreId: string; client: Client; userId: string };
  let colleague: { cadreId: string; client: Client };
  /** a unit admin of unit A who is himself a cadre with items */
  let leader: { cadreId: string; client: Client };
  let bCadre: string;
  let campaignId: string;
  const today = todayInChina();
  const nextMonth = addDays(today, 30);
  let n = 0;

  beforeAll(async () => {
    me = await makeCadreWithLogin(t, w.unitA, { name: '整改干部' });
    colleague = await makeCadreWithLogin(t, w.unitA, { name: '同事' });
    const leaderCadre = await makeCadre(t.db, w.unitA, { name: '单位书记' });
    const u = await makeUser(t.db, 'unit_admin', { org: w.unitA, cadreId: leaderCadre.id });
    leader = { cadreId: leaderCadre.id, client: await login(t.app, u.username, u.password) };
    bCadre = (await makeCadre(t.db, w.unitB, { name: '乙单位干部' })).id;
    campaignId = (await makeCampaign(t.db, { name: '2014 活动' })).id;
  });

  const item = (over: Record<string, unknown> = {}) => ({
    problem: `为民服务意识不强，下基层少${++n}`,
    measure: '每月至少两次到联系点',
    responsible: '整改干部',
    deadline: nextMonth,
    standard: '为民服务',
    campaignId,
    ...over,
  });

  async function create(client: Client, over: Record<string, unknown> = {}) {
    const res = await client.post('/api/rectifications', item(over));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; state: string; cadreId: string; overdue: boolean };
  }

  const step = (client: Client, id: string, body: Record<string, unknown>) =>
    client.post(`/api/rectifications/${id}/events`, body);

  async function stepOk(client: Client, id: string, body: Record<string, unknown>) {
    const res = await step(client, id, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  async function actionsOf(client: Client, id: string): Promise<string[]> {
    const res = await client.get(`/api/rectifications/${id}/actions`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items.map((s: { action: string }) => s.action);
  }

  it('answers 401 without login, 403 to roles that may not, 404 for another unit', async () => {
    const a = await create(me.client);
    const b = await create(w.as.office, { cadreId: bCadre });
    await expectEveryCall(
      t.app,
      [
        ['GET', '/api/rectifications'],
        ['POST', '/api/rectifications', item()],
        ['GET', `/api/rectifications/${a.id}`],
        ['PATCH', `/api/rectifications/${a.id}`, { measure: 'x' }],
        ['DELETE', `/api/rectifications/${a.id}`],
        ['GET', `/api/rectifications/${a.id}/actions`],
        ['POST', `/api/rectifications/${a.id}/events`, { action: 'start' }],
        ['GET', '/api/rectifications/export'],
        ['GET', '/api/rectifications/progress'],
        ['POST', '/api/rectifications/reminders', {}],
      ],
      401,
    );
    await expectEveryCall(
      w.as.inspector,
      [
        ['POST', '/api/rectifications', item({ cadreId: me.cadreId })],
        ['PATCH', `/api/rectifications/${a.id}`, { measure: 'x' }],
        ['DELETE', `/api/rectifications/${a.id}`],
        ['POST', `/api/rectifications/${a.id}/events`, { action: 'start' }],
        ['POST', '/api/rectifications/reminders', {}],
      ],
      403,
    );
    // a cadre does not send the office's reminders
    expect((await me.client.post('/api/rectifications/reminders', {})).statusCode).toBe(403);
    // another unit's item is not found; a colleague's item is not a cadre's to see
    for (const url of [
      `/api/rectifications/${b.id}`,
      `/api/rectifications/${b.id}/actions`,
      `/api/rectifications/${b.id}/events`,
    ]) {
      expectNotFound(await w.as.unit_admin.get(url));
    }
    expectNotFound(await w.as.unit_admin.patch(`/api/rectifications/${b.id}`, { measure: 'x' }));
    expectNotFound(await step(w.as.unit_admin, b.id, { action: 'start' }));
    // a colleague reads the unit's list (it is made known in the unit) but changes nothing of it
    expect((await colleague.client.get(`/api/rectifications/${a.id}`)).statusCode).toBe(200);
    expect(await actionsOf(colleague.client, a.id)).toEqual([]);
    expectError(
      await colleague.client.patch(`/api/rectifications/${a.id}`, { measure: 'x' }),
      403,
      'FORBIDDEN',
    );
    expectError(await step(colleague.client, a.id, { action: 'start' }), 403, 'FORBIDDEN');
    expectError(await colleague.client.delete(`/api/rectifications/${a.id}`), 403, 'FORBIDDEN');
    expectNotFound(await w.as.unit_admin.get(`/api/rectifications?orgId=${w.unitB.id}`));
    // a cadre records only his own
    expectError(
      await me.client.post('/api/rectifications', item({ cadreId: colleague.cadreId })),
      403,
      'FORBIDDEN',
    );
  });

  it('refuses bad input in words, on the field', async () => {
    expectValidation(
      await me.client.post('/api/rectifications', item({ problem: '' })),
      'body.problem',
    );
    expectValidation(
      await me.client.post('/api/rectifications', item({ deadline: '2014-02-30' })),
      'body.deadline',
    );
    expectValidation(
      await me.client.post('/api/rectifications', item({ measure: 'x'.repeat(2001) })),
      'body.measure',
    );
    expectValidation(
      await me.client.get('/api/rectifications?pageSize=500'),
      'querystring.pageSize',
    );
    expectValidation(await me.client.get('/api/rectifications?state=closed'), 'querystring.state');
    const bad = await me.client.post('/api/rectifications', item({ caseId: crypto.randomUUID() }));
    expect(expectError(bad, 400, 'VALIDATION').details[0]?.field).toBe('caseId');
    const badExam = await me.client.post(
      '/api/rectifications',
      item({ selfExamId: crypto.randomUUID() }),
    );
    expect(expectError(badExam, 400, 'VALIDATION').details[0]?.field).toBe('selfExamId');
    expectError(
      await step(me.client, (await create(me.client)).id, { action: 'fly' }),
      400,
      'VALIDATION',
    );
  });

  it('lets a cadre add his item; it shows in his list and the unit’s, with an audit row', async () => {
    const a = await create(me.client);
    expect(a).toMatchObject({ state: 'open', cadreId: me.cadreId, overdue: false });
    const mine = (await me.client.get(`/api/rectifications?cadreId=${me.cadreId}`)).json();
    expect(mine.items.every((i: { cadreId: string }) => i.cadreId === me.cadreId)).toBe(true);
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(a.id);
    const unit = (await w.as.unit_admin.get(`/api/rectifications?cadreId=${me.cadreId}`)).json();
    expect(unit.items.map((i: { id: string }) => i.id)).toContain(a.id);
    expect(await auditRows(t.db, { entity: 'rectification', entityId: a.id })).toHaveLength(1);
    // another unit's cadre does not see it
    const b = await makeCadreWithLogin(t, w.unitB, { name: '乙单位干部二' });
    const other = (await b.client.get('/api/rectifications')).json();
    expect(other.items.map((i: { id: string }) => i.id)).not.toContain(a.id);
  });

  it('moves by role: the cadre works and asks 销号 with evidence, never signs off his own', async () => {
    const a = await create(me.client);
    expect(await actionsOf(me.client, a.id)).toEqual(['start', 'submit']);
    await stepOk(me.client, a.id, { action: 'start', progressNote: '已制定走访计划' });
    await stepOk(me.client, a.id, { action: 'progress', progressNote: '三月走访两次' });
    // no evidence yet: refused in words
    const refused = expectError(
      await step(me.client, a.id, { action: 'submit' }),
      409,
      'RECTIFICATION_NO_EVIDENCE',
    );
    expect(refused.message).toContain('整改佐证');
    const after = await stepOk(me.client, a.id, {
      action: 'submit',
      evidence: '三月、四月各走访联系点两次，解决群众反映的问题 3 件',
    });
    expect(after.state).toBe('submitted');
    // the cadre cannot sign off his own, nor edit what he asked to be signed off
    expect(await actionsOf(me.client, a.id)).toEqual([]);
    expectError(await step(me.client, a.id, { action: 'sign_off' }), 403, 'FORBIDDEN');
    expectError(
      await me.client.patch(`/api/rectifications/${a.id}`, { measure: '改' }),
      409,
      'RECTIFICATION_LOCKED',
    );
    expect(await actionsOf(w.as.unit_admin, a.id)).toEqual(['sign_off', 'return']);
    const done = await stepOk(w.as.unit_admin, a.id, { action: 'sign_off', comment: '整改到位' });
    expect(done).toMatchObject({ state: 'done', signedOffByName: 'unit_admin 用户' });
    expect(done.signedOffAt).not.toBeNull();
    const events = (await me.client.get(`/api/rectifications/${a.id}/events`)).json().items;
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'start',
      'progress',
      'submit',
      'sign_off',
    ]);
    // the cadre is told
    const told = await t.db.select().from(notifications).where(eq(notifications.userId, me.userId));
    expect(told.some((x) => x.title.includes('已销号'))).toBe(true);
  });

  it('a unit admin who is the item’s cadre may not sign it off; the office may', async () => {
    const a = await create(leader.client, { cadreId: leader.cadreId });
    await stepOk(leader.client, a.id, { action: 'submit', evidence: '已整改' });
    expect(await actionsOf(leader.client, a.id)).not.toContain('sign_off');
    const own = expectError(
      await step(leader.client, a.id, { action: 'sign_off' }),
      403,
      'FORBIDDEN',
    );
    expect(own.message).toContain('本人');
    await stepOk(w.as.office, a.id, { action: 'sign_off' });
  });

  it('退回 needs a reason and sends the item back to 整改中', async () => {
    const a = await create(me.client);
    await stepOk(me.client, a.id, { action: 'submit', evidence: '已整改' });
    expectError(await step(w.as.unit_admin, a.id, { action: 'return' }), 400, 'WORKFLOW_FIELDS');
    const back = await stepOk(w.as.unit_admin, a.id, { action: 'return', reason: '佐证不足' });
    expect(back.state).toBe('in_progress');
    // editable again
    const res = await me.client.patch(`/api/rectifications/${a.id}`, { evidence: '补充了照片' });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('signs off an item linked to a case only once the case is closed and rated', async () => {
    const c = await makeCase(t.db, { status: 'in_progress', assignedOrgId: w.unitA.id });
    const a = await create(me.client, { caseId: c.id });
    expect(a).toMatchObject({ caseTrackingCode: c.trackingCode, caseStatus: 'in_progress' });
    expect(JSON.stringify(a)).not.toContain('张群众');
    expect(JSON.stringify(a)).not.toContain('13812345678');
    await stepOk(me.client, a.id, { action: 'submit', evidence: '已修路' });
    expectError(
      await step(w.as.unit_admin, a.id, { action: 'sign_off' }),
      409,
      'RECTIFICATION_CASE',
    );
    // answered, the citizen has not rated yet
    const answered = await makeCase(t.db, { status: 'answered', assignedOrgId: w.unitA.id });
    const b = await create(me.client, { caseId: answered.id });
    await stepOk(me.client, b.id, { action: 'submit', evidence: '已修路' });
    const waiting = expectError(
      await step(w.as.unit_admin, b.id, { action: 'sign_off' }),
      409,
      'RECTIFICATION_CASE',
    );
    expect(waiting.message).toContain('等待群众评价');
    expect((await w.as.unit_admin.get(`/api/rectifications/${b.id}`)).json().caseGate).toBe(
      'awaiting_rating',
    );
    const rated = await t.app.inject({
      method: 'POST',
      url: `/api/public/cases/${answered.trackingCode}/rating`,
      payload: { rating: 'satisfied' },
      remoteAddress: '10.7.0.1',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    const done = await stepOk(w.as.unit_admin, b.id, { action: 'sign_off' });
    expect(done.state).toBe('done');
  });

  it('不满意 blocks 销号 and the job sends the item back to 整改中', async () => {
    const c = await makeCase(t.db, { status: 'answered', assignedOrgId: w.unitA.id });
    const a = await create(me.client, { caseId: c.id });
    await stepOk(me.client, a.id, { action: 'submit', evidence: '已答复群众' });
    const rated = await t.app.inject({
      method: 'POST',
      url: `/api/public/cases/${c.trackingCode}/rating`,
      payload: { rating: 'dissatisfied', comment: '路还是坏的' },
      remoteAddress: '10.7.0.2',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    const refused = expectError(
      await step(w.as.unit_admin, a.id, { action: 'sign_off' }),
      409,
      'RECTIFICATION_CASE',
    );
    expect(refused.message).toContain('不满意');
    expect(await reopenDissatisfied(t.db)).toBeGreaterThanOrEqual(1);
    const back = (await me.client.get(`/api/rectifications/${a.id}`)).json();
    expect(back.state).toBe('in_progress');
    const last = (await me.client.get(`/api/rectifications/${a.id}/events`)).json().items.at(-1);
    expect(last).toMatchObject({ action: 'reopen', actorName: '系统（整改提醒）' });
    // once back, the job leaves it alone
    expect(await reopenDissatisfied(t.db)).toBe(0);
  });

  it('flags overdue items and reminds their cadre once a day per item', async () => {
    const a = await create(me.client, { deadline: '2014-06-30' });
    expect(a.overdue).toBe(true);
    const overdue = (await w.as.unit_admin.get('/api/rectifications?overdue=true')).json();
    expect(overdue.items.map((i: { id: string }) => i.id)).toContain(a.id);
    expect(overdue.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    const first = await remindOverdue(t.db);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const again = await remindOverdue(t.db);
    expect(again.sent).toBe(0);
    const [row] = await t.db.select().from(rectifications).where(eq(rectifications.id, a.id));
    expect(row?.remindedAt).not.toBeNull();
    const mine = await t.db.select().from(notifications).where(eq(notifications.userId, me.userId));
    expect(mine.filter((x) => x.title.includes('已超过整改时限'))).toHaveLength(1);
    // tomorrow it is told again
    const tomorrow = await remindOverdue(t.db, new Date(Date.now() + 86_400_000));
    expect(tomorrow.sent).toBeGreaterThanOrEqual(1);
  });

  it('the office counts first (dryRun), then sends; the sending is audited', async () => {
    await create(me.client, { deadline: '2014-05-01' });
    const count = await w.as.office.post('/api/rectifications/reminders', {
      orgId: w.unitA.id,
      dryRun: true,
    });
    expect(count.statusCode, count.body).toBe(200);
    expect(count.json().overdue).toBeGreaterThanOrEqual(1);
    expect(count.json().sent).toBe(0);
    const sent = await w.as.office.post('/api/rectifications/reminders', { orgId: w.unitA.id });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().overdue).toBe(count.json().overdue);
    const rows = await auditRows(t.db, { entity: 'notification' });
    expect(rows.some((r) => r.summary.startsWith('整改逾期提醒'))).toBe(true);
  });

  it('deletes only an item still 待整改 (audited)', async () => {
    const a = await create(me.client);
    expect((await me.client.delete(`/api/rectifications/${a.id}`)).statusCode).toBe(204);
    const rows = await auditRows(t.db, {
      entity: 'rectification',
      entityId: a.id,
      action: 'delete',
    });
    expect(rows).toHaveLength(1);
    const b = await create(me.client);
    await stepOk(me.client, b.id, { action: 'start' });
    expectError(await me.client.delete(`/api/rectifications/${b.id}`), 409, 'RECTIFICATION_LOCKED');
  });

  it('two sign-offs at once: one wins, the other is a clean 409', async () => {
    const a = await create(me.client);
    await stepOk(me.client, a.id, { action: 'submit', evidence: '已整改' });
    const [x, y] = await Promise.all([
      step(w.as.unit_admin, a.id, { action: 'sign_off' }),
      step(w.as.office, a.id, { action: 'sign_off' }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const events = await t.db
      .select()
      .from(workflowEvents)
      .where(eq(workflowEvents.recordId, a.id));
    expect(events.filter((e) => e.action === 'sign_off')).toHaveLength(1);
  });

  it('progress per unit equals the list’s figures', async () => {
    await create(w.as.office, { cadreId: bCadre, deadline: '2014-07-01' });
    const res = await w.as.office.get(`/api/rectifications/progress?campaignId=${campaignId}`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().items as {
      orgId: string;
      total: number;
      open: number;
      inProgress: number;
      submitted: number;
      done: number;
      overdue: number;
      rate: number;
    }[];
    const totalOf = async (query: string) =>
      (
        await w.as.office.get(`/api/rectifications?campaignId=${campaignId}&pageSize=1${query}`)
      ).json().total as number;
    const sum = (k: keyof (typeof rows)[number]) => rows.reduce((s, r) => s + (r[k] as number), 0);
    expect(sum('total')).toBe(await totalOf(''));
    expect(sum('open')).toBe(await totalOf('&state=open'));
    expect(sum('inProgress')).toBe(await totalOf('&state=in_progress'));
    expect(sum('submitted')).toBe(await totalOf('&state=submitted'));
    expect(sum('done')).toBe(await totalOf('&state=done'));
    expect(sum('overdue')).toBe(await totalOf('&overdue=true'));
    const b = rows.find((r) => r.orgId === w.unitB.id);
    expect(b).toBeDefined();
    expect(b?.total).toBe(await totalOf(`&orgId=${w.unitB.id}`));
    for (const r of rows) {
      expect(r.open + r.inProgress + r.submitted + r.done).toBe(r.total);
      expect(r.rate).toBe(Math.round((r.done * 100) / r.total));
    }
    // a unit admin's figures are his unit's only
    const mine = (await w.as.unit_admin.get('/api/rectifications/progress')).json().items;
    expect(mine.map((r: { orgId: string }) => r.orgId)).not.toContain(w.unitB.id);
  });

  it('exports the filtered list', async () => {
    const res = await w.as.unit_admin.get('/api/rectifications/export?state=done');
    const rows = await expectSheet(res, [
      '干部',
      '单位',
      '活动',
      '对照标准',
      '问题',
      '整改措施',
      '责任人',
      '整改时限',
      '状态',
      '逾期',
      '关联诉求件',
      '整改佐证',
      '销号时间',
    ]);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((r) => r[8] === '已销号')).toBe(true);
  });
});
