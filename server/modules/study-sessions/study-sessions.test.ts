import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, todayInChina } from '../../../common/dates.ts';
import { sessionAttendance, studySessions } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { makeCadre } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';
import { multipartFile } from '../../test/upload.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';
import { expectSheet } from '../../test/xlsx.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const at = (ms: number) => new Date(ms).toISOString();

type Login = { cadreId: string; client: Client; userId: string };

describe('/api/study-sessions', () => {
  const { t, w } = useWorld();
  let recorder: Login;
  let me: Login;
  let colleague: Login;
  let notListed: Login;
  let outsider: Login;

  beforeAll(async () => {
    recorder = await makeCadreWithLogin(t, w.unitA, { name: '记录员' });
    me = await makeCadreWithLogin(t, w.branchA, { name: '扫码干部' });
    colleague = await makeCadreWithLogin(t, w.unitA, { name: '同事' });
    outsider = await makeCadreWithLogin(t, w.unitB, { name: '乙单位干部' });
    notListed = await makeCadreWithLogin(t, w.unitA, { name: '名单外' });
    await makeCadre(t.db, w.unitA, { name: '停用干部', active: false });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A session of unit A (roster: recorder, me, colleague) starting `startIn` ms from now. */
  const schedule = (startIn: number, over: Record<string, unknown> = {}) => ({
    orgId: w.unitA.id,
    kind: 'seminar',
    title: '学习《龚全珍日记选》',
    startsAt: at(Date.now() + startIn),
    endsAt: at(Date.now() + startIn + 90 * MIN),
    place: '三楼会议室',
    presenter: '王书记',
    recorderCadreId: recorder.cadreId,
    cadreIds: [recorder.cadreId, me.cadreId, colleague.cadreId],
    ...over,
  });
  const make = async (startIn: number, over: Record<string, unknown> = {}) => {
    const res = await w.as.unit_admin.post('/api/study-sessions', schedule(startIn, over));
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json() as { id: string; title: string };
  };
  /** A session that ended `daysAgo` days ago: created before, then moved back in the table. */
  const past = async (daysAgo: number) => {
    const s = await make(5 * MIN);
    const start = new Date(Date.now() - daysAgo * DAY - 2 * 3_600_000);
    await t.db
      .update(studySessions)
      .set({ startsAt: start, endsAt: new Date(start.getTime() + 90 * MIN) })
      .where(eq(studySessions.id, s.id));
    return s;
  };
  const put = (c: Client, id: string, rows: unknown[]) =>
    c.request({ method: 'PUT', url: `/api/study-sessions/${id}/attendance`, payload: { rows } });

  it('answers 401 without a session on every route', async () => {
    const s = await make(-10 * MIN);
    const id = s.id;
    for (const [method, url] of [
      ['GET', '/api/study-sessions'],
      ['POST', '/api/study-sessions'],
      ['GET', '/api/study-sessions/export'],
      ['GET', `/api/study-sessions/${id}`],
      ['PATCH', `/api/study-sessions/${id}`],
      ['DELETE', `/api/study-sessions/${id}`],
      ['GET', `/api/study-sessions/${id}/attendance`],
      ['PUT', `/api/study-sessions/${id}/attendance`],
      ['GET', `/api/study-sessions/${id}/check-in-code`],
      ['POST', `/api/study-sessions/${id}/check-in`],
      ['GET', `/api/study-sessions/${id}/actions`],
      ['POST', `/api/study-sessions/${id}/events`],
    ] as const) {
      const res = await t.app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('schedules a session with the roster defaulting to the active cadres of the unit and below', async () => {
    const body = schedule(2 * DAY, { cadreIds: undefined });
    const res = await w.as.unit_admin.post('/api/study-sessions', body);
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({
      orgName: '甲单位',
      kind: 'seminar',
      recorderName: '记录员',
      lateState: 'none',
      entry: 'before',
      canEdit: true,
      canRecord: true,
      minutes: '',
    });
    // recorder, colleague, notListed (unit A) and me (its branch); not the inactive one, not unit B's
    expect(s.counts).toEqual({ due: 4, present: 0, late: 0, leave: 0, absent: 0, unrecorded: 4 });
    const roster = (await w.as.unit_admin.get(`/api/study-sessions/${s.id}/attendance`)).json();
    expect(roster.items.map((r: { cadreName: string }) => r.cadreName).sort()).toEqual(
      ['名单外', '同事', '扫码干部', '记录员'].sort(),
    );
    const rows = await auditRows(t.db, { entity: 'study_session', entityId: s.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.summary).toContain('应到 4 人');
    // the schedule and roster change before the start
    const patched = await w.as.unit_admin.patch(`/api/study-sessions/${s.id}`, {
      place: '党员活动室',
      cadreIds: [me.cadreId, colleague.cadreId],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ place: '党员活动室', counts: { due: 2 } });
    // the minutes wait for the session to begin
    const early = await w.as.unit_admin.patch(`/api/study-sessions/${s.id}`, { minutes: '记录' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('开始后才能登记');
    // nothing recorded yet: it may be deleted
    expect((await w.as.unit_admin.delete(`/api/study-sessions/${s.id}`)).statusCode).toBe(204);
    expect((await w.as.unit_admin.get(`/api/study-sessions/${s.id}`)).statusCode).toBe(404);
  });

  it('refuses bad input in words and keeps roles and units apart', async () => {
    const reversed = await w.as.unit_admin.post(
      '/api/study-sessions',
      schedule(DAY, { endsAt: at(Date.now()) }),
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details[0]).toMatchObject({
      field: 'body.endsAt',
      message: '结束时间须晚于开始时间',
    });
    const noTitle = await w.as.unit_admin.post(
      '/api/study-sessions',
      schedule(DAY, { title: ' ' }),
    );
    expect(noTitle.json().error.details[0].message).toBe('请填写主题');
    const foreign = await w.as.unit_admin.post(
      '/api/study-sessions',
      schedule(DAY, { cadreIds: [outsider.cadreId] }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('SESSION_ROSTER');
    const badRecorder = await w.as.unit_admin.post(
      '/api/study-sessions',
      schedule(DAY, { recorderCadreId: outsider.cadreId }),
    );
    expect(badRecorder.json().error.code).toBe('SESSION_RECORDER');
    // another unit: 404; a cadre or the inspector may not schedule
    expect(
      (await w.as.unit_admin.post('/api/study-sessions', schedule(DAY, { orgId: w.unitB.id })))
        .statusCode,
    ).toBe(404);
    expect((await w.as.cadre.post('/api/study-sessions', schedule(DAY))).statusCode).toBe(403);
    expect((await w.as.inspector.post('/api/study-sessions', schedule(DAY))).statusCode).toBe(403);
    const bSession = await w.as.office.post(
      '/api/study-sessions',
      schedule(DAY, { orgId: w.unitB.id, recorderCadreId: null, cadreIds: [outsider.cadreId] }),
    );
    expect(bSession.statusCode).toBe(201);
    const bid = bSession.json().id;
    for (const c of [w.as.unit_admin, me.client, recorder.client]) {
      expect((await c.get(`/api/study-sessions/${bid}`)).statusCode).toBe(404);
      expect((await c.get(`/api/study-sessions/${bid}/attendance`)).statusCode).toBe(404);
    }
    expect((await w.as.unit_admin.delete(`/api/study-sessions/${bid}`)).statusCode).toBe(404);
    expect((await w.as.unit_admin.get(`/api/study-sessions?orgId=${w.unitB.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await w.as.unit_admin.get('/api/study-sessions?from=2014-03-02&to=2014-03-01')).statusCode,
    ).toBe(400);
    expect((await w.as.unit_admin.get('/api/study-sessions?pageSize=500')).statusCode).toBe(400);
    expect((await w.as.unit_admin.get('/api/study-sessions/nope')).statusCode).toBe(400);
  });

  it('lets the recorder take attendance in bulk; the counts are the rows counted', async () => {
    const s = await make(-10 * MIN);
    const leaveWithoutReason = await put(recorder.client, s.id, [
      { cadreId: me.cadreId, status: 'leave' },
    ]);
    expect(leaveWithoutReason.statusCode).toBe(400);
    expect(leaveWithoutReason.json().error.details[0]).toMatchObject({
      field: 'body.rows.0.reason',
      message: '请假须填写事由',
    });
    const stranger = await put(recorder.client, s.id, [
      { cadreId: notListed.cadreId, status: 'present' },
    ]);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.details[0].field).toBe('rows.0.cadreId');
    // a cadre who is not the recorder, the inspector: refused
    expect(
      (await put(colleague.client, s.id, [{ cadreId: me.cadreId, status: 'present' }])).statusCode,
    ).toBe(403);
    expect(
      (await put(w.as.inspector, s.id, [{ cadreId: me.cadreId, status: 'present' }])).statusCode,
    ).toBe(403);
    const res = await put(recorder.client, s.id, [
      { cadreId: recorder.cadreId, status: 'present' },
      { cadreId: me.cadreId, status: 'leave', reason: '下乡走访' },
      { cadreId: colleague.cadreId, status: 'absent' },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json().counts).toEqual({
      due: 3,
      present: 1,
      late: 0,
      leave: 1,
      absent: 1,
      unrecorded: 0,
    });
    const mine = res.json().items.find((i: { cadreId: string }) => i.cadreId === me.cadreId);
    expect(mine).toMatchObject({ status: 'leave', reason: '下乡走访', method: 'recorder' });
    // the list carries the same derived counts; the schedule is fixed once begun
    const list = (await w.as.unit_admin.get('/api/study-sessions?pageSize=200')).json();
    expect(list.items.find((i: { id: string }) => i.id === s.id).counts.present).toBe(1);
    const moved = await w.as.unit_admin.patch(`/api/study-sessions/${s.id}`, { place: '别处' });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error.code).toBe('SESSION_STARTED');
    // the recorder writes the minutes (and attaches a photo); a deletion is refused now
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const up = await recorder.client.request({
      method: 'POST',
      url: '/api/attachments',
      ...multipartFile(png, 'sign-in.png', 'image/png'),
    });
    const minutes = await recorder.client.patch(`/api/study-sessions/${s.id}`, {
      minutes: '# 会议记录\n\n大家交流了学习体会。',
      attachmentIds: [up.json().id],
    });
    expect(minutes.statusCode).toBe(200);
    expect(minutes.json().attachments).toHaveLength(1);
    expect(
      (await recorder.client.patch(`/api/study-sessions/${s.id}`, { title: 'x' })).statusCode,
    ).toBe(403);
    expect((await w.as.unit_admin.delete(`/api/study-sessions/${s.id}`)).json().error.code).toBe(
      'SESSION_HAS_RECORDS',
    );
    const audits = await auditRows(t.db, { entity: 'study_session', entityId: s.id });
    expect(
      audits.some((a) => a.summary.includes('登记学习活动') && a.summary.includes('3 人')),
    ).toBe(true);
  });

  it('closes the records after the window; a late entry needs the office’s approval, then opens for a while', async () => {
    const s = await past(10);
    const closed = await put(recorder.client, s.id, [{ cadreId: me.cadreId, status: 'present' }]);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.message).toContain('补录申请');
    expect(
      (await recorder.client.patch(`/api/study-sessions/${s.id}`, { minutes: '补写' })).statusCode,
    ).toBe(409);
    const offered = (await recorder.client.get(`/api/study-sessions/${s.id}/actions`)).json();
    expect(offered.items.map((a: { action: string }) => a.action)).toEqual(['request']);
    // a cadre who is not the recorder may not ask; the reason is needed
    expect(
      (
        await colleague.client.post(`/api/study-sessions/${s.id}/events`, {
          action: 'request',
          reason: '忘了',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await recorder.client.post(`/api/study-sessions/${s.id}/events`, { action: 'request' }))
        .statusCode,
    ).toBe(400);
    const asked = await recorder.client.post(`/api/study-sessions/${s.id}/events`, {
      action: 'request',
      reason: '记录人出差，签到表未及时录入',
    });
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({ lateState: 'requested', entry: 'closed' });
    // still closed while asked; the unit may not approve its own request
    expect(
      (await put(recorder.client, s.id, [{ cadreId: me.cadreId, status: 'present' }])).statusCode,
    ).toBe(409);
    expect(
      (await w.as.unit_admin.post(`/api/study-sessions/${s.id}/events`, { action: 'approve' }))
        .statusCode,
    ).toBe(403);
    const approved = await w.as.office.post(`/api/study-sessions/${s.id}/events`, {
      action: 'approve',
      comment: '同意补录',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ lateState: 'approved', entry: 'late' });
    const late = await put(recorder.client, s.id, [{ cadreId: me.cadreId, status: 'present' }]);
    expect(late.statusCode).toBe(200);
    // not needed again while the approval runs
    const again = await recorder.client.post(`/api/study-sessions/${s.id}/events`, {
      action: 'request',
      reason: '再次',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SESSION_LATE');
    // seven days after the approval it closes again (the approval's time is the server's: moved
    // back in the table here, as a login would not live through a clock eight days ahead)
    await t.db
      .update(studySessions)
      .set({ lateDecidedAt: new Date(Date.now() - 8 * DAY) })
      .where(eq(studySessions.id, s.id));
    expect(
      (await put(recorder.client, s.id, [{ cadreId: me.cadreId, status: 'late' }])).statusCode,
    ).toBe(409);
    const renewed = (await recorder.client.get(`/api/study-sessions/${s.id}/actions`)).json();
    expect(renewed.items.map((a: { action: string }) => a.action)).toEqual(['request']);
    // a refusal keeps it closed, with the reason in the timeline
    const other = await past(5);
    await recorder.client.post(`/api/study-sessions/${other.id}/events`, {
      action: 'request',
      reason: '补录',
    });
    expect(
      (await w.as.office.post(`/api/study-sessions/${other.id}/events`, { action: 'refuse' }))
        .statusCode,
    ).toBe(400);
    const refused = await w.as.office.post(`/api/study-sessions/${other.id}/events`, {
      action: 'refuse',
      comment: '会议未按时召开，不予补录',
    });
    expect(refused.json().lateState).toBe('refused');
    const timeline = (await recorder.client.get(`/api/study-sessions/${other.id}/events`)).json();
    expect(timeline.items.map((e: { action: string }) => e.action)).toEqual(['request', 'refuse']);
    expect(
      (await put(recorder.client, other.id, [{ cadreId: me.cadreId, status: 'present' }]))
        .statusCode,
    ).toBe(409);
    // inside the window nothing needs asking
    const fresh = await past(1);
    expect(
      (await recorder.client.get(`/api/study-sessions/${fresh.id}/actions`)).json().items,
    ).toEqual([]);
    expect(
      (await put(recorder.client, fresh.id, [{ cadreId: me.cadreId, status: 'present' }]))
        .statusCode,
    ).toBe(200);
  });

  it('shows the rotating code to the recorder and the unit only, from 30 minutes before the start to the end', async () => {
    const s = await make(-10 * MIN);
    const code = await recorder.client.get(`/api/study-sessions/${s.id}/check-in-code`);
    expect(code.statusCode).toBe(200);
    expect(code.json()).toMatchObject({ seconds: 120 });
    expect(code.json().url).toContain(`/check-in?session=${s.id}&token=`);
    expect(new Date(code.json().expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(
      (await w.as.unit_admin.get(`/api/study-sessions/${s.id}/check-in-code`)).statusCode,
    ).toBe(200);
    expect(
      (await colleague.client.get(`/api/study-sessions/${s.id}/check-in-code`)).statusCode,
    ).toBe(403);
    expect((await w.as.inspector.get(`/api/study-sessions/${s.id}/check-in-code`)).statusCode).toBe(
      403,
    );
    expect(
      (await outsider.client.get(`/api/study-sessions/${s.id}/check-in-code`)).statusCode,
    ).toBe(404);
    const tomorrow = await make(DAY);
    const early = await recorder.client.get(`/api/study-sessions/${tomorrow.id}/check-in-code`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('30 分钟');
  });

  it('checks in only the logged-in account’s own row; twice is once; another unit’s cadre is not found', async () => {
    const s = await make(-5 * MIN);
    const { token } = (
      await recorder.client.get(`/api/study-sessions/${s.id}/check-in-code`)
    ).json();
    const first = await me.client.post(`/api/study-sessions/${s.id}/check-in`, { token });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'present', already: false });
    const twice = await me.client.post(`/api/study-sessions/${s.id}/check-in`, { token });
    expect(twice.json()).toMatchObject({ status: 'present', already: true });
    // the colleague scanning the same code checks in himself, never me again or anyone else
    const col = await colleague.client.post(`/api/study-sessions/${s.id}/check-in`, { token });
    expect(col.json()).toMatchObject({ status: 'present', already: false });
    const rows = await t.db
      .select()
      .from(sessionAttendance)
      .where(eq(sessionAttendance.sessionId, s.id));
    const byCadre = new Map(rows.map((r) => [r.cadreId, r]));
    expect(byCadre.get(me.cadreId)).toMatchObject({
      status: 'present',
      method: 'qr',
      recordedBy: me.userId,
    });
    expect(byCadre.get(colleague.cadreId)).toMatchObject({
      status: 'present',
      recordedBy: colleague.userId,
    });
    expect(byCadre.get(recorder.cadreId)?.status).toBe('expected');
    // not on the roster: refused in words; another unit: not found; no cadre: refused
    const stranger = await notListed.client.post(`/api/study-sessions/${s.id}/check-in`, { token });
    expect(stranger.statusCode).toBe(409);
    expect(stranger.json().error.message).toContain('不在这次学习活动的应到名单中');
    expect(
      (await outsider.client.post(`/api/study-sessions/${s.id}/check-in`, { token })).statusCode,
    ).toBe(404);
    expect(
      (await w.as.unit_admin.post(`/api/study-sessions/${s.id}/check-in`, { token })).json().error
        .message,
    ).toContain('未关联干部');
    expect(
      (await w.as.inspector.post(`/api/study-sessions/${s.id}/check-in`, { token })).statusCode,
    ).toBe(403);
    // a code of another session is no code here
    const other = await make(-5 * MIN);
    const wrong = await recorder.client.post(`/api/study-sessions/${other.id}/check-in`, { token });
    expect(wrong.statusCode).toBe(409);
    expect((await me.client.post(`/api/study-sessions/${s.id}/check-in`, {})).statusCode).toBe(400);
    const audits = await auditRows(t.db, { entity: 'study_session', entityId: s.id });
    expect(audits.filter((a) => a.summary.includes('扫码签到'))).toHaveLength(2);
  });

  it('refuses an expired code and marks a check-in after start + 15 minutes as late', async () => {
    const s = await make(-5 * MIN);
    const { token } = (
      await recorder.client.get(`/api/study-sessions/${s.id}/check-in-code`)
    ).json();
    vi.useFakeTimers({ toFake: ['Date'] });
    // two periods later the code is no longer the current or the previous one
    vi.setSystemTime(Date.now() + 2 * 120_000 + 1000);
    const expired = await me.client.post(`/api/study-sessions/${s.id}/check-in`, { token });
    expect(expired.statusCode).toBe(409);
    expect(expired.json().error.message).toContain('签到码已过期');
    // the screen's new code, 20 minutes after the start: late
    vi.setSystemTime(Date.now() + 15 * MIN);
    const fresh = (await recorder.client.get(`/api/study-sessions/${s.id}/check-in-code`)).json();
    const late = await me.client.post(`/api/study-sessions/${s.id}/check-in`, {
      token: fresh.token,
    });
    expect(late.json()).toMatchObject({ status: 'late', already: false });
    // after the end no code is shown and none is taken
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    expect(
      (await recorder.client.get(`/api/study-sessions/${s.id}/check-in-code`)).statusCode,
    ).toBe(409);
  });

  it('takes two check-ins at once as one', async () => {
    const s = await make(-5 * MIN);
    const { token } = (
      await recorder.client.get(`/api/study-sessions/${s.id}/check-in-code`)
    ).json();
    const [a, b] = await Promise.all([
      me.client.post(`/api/study-sessions/${s.id}/check-in`, { token }),
      me.client.post(`/api/study-sessions/${s.id}/check-in`, { token }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().already, b.json().already].sort()).toEqual([false, true]);
    const audits = await auditRows(t.db, { entity: 'study_session', entityId: s.id });
    expect(audits.filter((x) => x.summary.includes('扫码签到'))).toHaveLength(1);
  });

  it('decides a late entry once when two decisions come at once', async () => {
    const s = await past(6);
    await recorder.client.post(`/api/study-sessions/${s.id}/events`, {
      action: 'request',
      reason: '签到表遗失后找回',
    });
    const [a, b] = await Promise.all([
      w.as.office.post(`/api/study-sessions/${s.id}/events`, { action: 'approve' }),
      w.as.admin.post(`/api/study-sessions/${s.id}/events`, {
        action: 'refuse',
        comment: '不予补录',
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const events = (await w.as.office.get(`/api/study-sessions/${s.id}/events`)).json();
    expect(events.items).toHaveLength(2);
  });

  it("shows a cadre his unit's sessions and those above it he is on the roster of (我的学习)", async () => {
    const bureauWithMe = await w.as.office.post(
      '/api/study-sessions',
      schedule(DAY, {
        orgId: w.bureau.id,
        title: '局机关观看《老阿姨》',
        kind: 'viewing',
        recorderCadreId: null,
        cadreIds: [me.cadreId],
      }),
    );
    const bureauWithout = await w.as.office.post(
      '/api/study-sessions',
      schedule(DAY, {
        orgId: w.bureau.id,
        title: '局领导班子学习',
        recorderCadreId: null,
        cadreIds: [outsider.cadreId],
      }),
    );
    expect(
      (await me.client.get(`/api/study-sessions/${bureauWithMe.json().id}`)).json(),
    ).toMatchObject({
      myStatus: 'expected',
      canEdit: false,
      canRecord: false,
    });
    expect((await me.client.get(`/api/study-sessions/${bureauWithout.json().id}`)).statusCode).toBe(
      404,
    );
    const mine = (await me.client.get('/api/study-sessions?mine=true&pageSize=200')).json();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i: { myStatus: string | null }) => i.myStatus !== null)).toBe(true);
    expect(mine.items.some((i: { id: string }) => i.id === bureauWithMe.json().id)).toBe(true);
    const viewings = (await me.client.get('/api/study-sessions?kind=viewing&q=老阿姨')).json();
    expect(viewings.total).toBe(1);
  });

  it('exports the sessions in scope with their derived counts', async () => {
    const res = await w.as.unit_admin.get('/api/study-sessions/export');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('学习座谈.xlsx'));
    const rows = await expectSheet(res, [
      '开始时间',
      '结束时间',
      '形式',
      '主题',
      '举办单位',
      '地点',
      '主讲人',
      '记录人',
      '应到',
      '出席',
      '迟到',
      '请假',
      '缺席',
      '未记录',
      '补录申请',
    ]);
    expect(rows.slice(1).every((r) => r[4] === '甲单位')).toBe(true);
    expect(
      (await w.as.unit_admin.get(`/api/study-sessions/export?orgId=${w.unitB.id}`)).statusCode,
    ).toBe(404);
  });
  // last: it adds a campaign running today, which the tests above do not expect
  it('puts a session in the campaign running on its day unless one is named (学习参与情况 counts it)', async () => {
    const today = todayInChina();
    const running = await makeCampaign(t.db, {
      name: '正在进行的活动',
      startDate: addDays(today, -30),
      endDate: addDays(today, 30),
    });
    const other = await makeCampaign(t.db, { name: '另一个活动' });
    const plain = await w.as.unit_admin.get(`/api/study-sessions/${(await make(5 * MIN)).id}`);
    expect(plain.json().campaignId).toBe(running.id);
    const named = await make(5 * MIN, { campaignId: other.id });
    expect((await w.as.unit_admin.get(`/api/study-sessions/${named.id}`)).json().campaignId).toBe(
      other.id,
    );
  });
});
