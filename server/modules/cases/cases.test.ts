import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../common/dates.ts';
import { caseEvents, cases } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { lastCaseEvent, makeCase, SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';
import { expectSheet } from '../../test/xlsx.ts';
import { addWorkingDays } from '../holidays/working-days.ts';

let addr = 0;
/** Each public request from its own address unless a test means the same one. */
const nextAddress = () => `10.1.${Math.floor(++addr / 250)}.${addr % 250}`;

describe('cases', () => {
  const { t, w } = useWorld();
  let handler: { cadreId: string; client: Client };

  beforeAll(async () => {
    handler = await makeCadreWithLogin(t, w.unitA, { name: '承办干部' });
  });
  /** a case of unit A with `handler` as its handler */
  const handlersCase = (fields: Parameters<typeof makeCase>[1] = {}) =>
    makeCase(t.db, { assignedOrgId: w.unitA.id, handlerCadreId: handler.cadreId, ...fields });

  const pub = (method: 'GET' | 'POST', url: string, payload?: unknown, remoteAddress?: string) =>
    t.app.inject({
      method,
      url,
      payload: payload as never,
      remoteAddress: remoteAddress ?? nextAddress(),
    });

  const submit = (over: Record<string, unknown> = {}, remoteAddress?: string) =>
    pub(
      'POST',
      '/api/public/cases',
      {
        categoryId: SEEDED_CATEGORY.roads,
        content: '村口道路坑洼，雨天积水严重',
        name: '王秘密',
        phone: '13900001111',
        ...over,
      },
      remoteAddress,
    );

  describe('public site', () => {
    it('lists the seeded categories with their time limits', async () => {
      const res = await pub('GET', '/api/public/categories');
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { name: string; kind: string; timeLimitDays: number }[];
      expect(items.filter((c) => c.kind === 'four_winds').map((c) => c.name)).toEqual([
        '形式主义',
        '官僚主义',
        '享乐主义',
        '奢靡之风',
      ]);
      expect(items.find((c) => c.name === '紧急诉求')?.timeLimitDays).toBe(1);
      expect(items.find((c) => c.name === '道路交通')?.timeLimitDays).toBe(15);
    });

    it('takes a submission and answers with a tracking code; the code opens the public view', async () => {
      const res = await submit();
      expect(res.statusCode, res.body).toBe(201);
      const { trackingCode, status } = res.json();
      expect(trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
      expect(status).toBe('received');
      const [row] = await t.db.select().from(cases).where(eq(cases.trackingCode, trackingCode));
      expect(row).toMatchObject({ channel: 'web', citizenName: '王秘密', enteredBy: null });
      const view = await pub('GET', `/api/public/cases/${trackingCode.toLowerCase()}`);
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({
        trackingCode,
        status: 'received',
        category: '道路交通',
        mayRate: false,
        timeline: [{ action: 'submit', label: '提交' }],
      });
      const [a] = await auditRows(t.db, { entity: 'case', entityId: row?.id as string });
      expect(a).toMatchObject({ action: 'create', actorId: null });
    });

    it('stores nothing personal for an anonymous submission', async () => {
      const res = await submit({ anonymous: true });
      const [row] = await t.db
        .select()
        .from(cases)
        .where(eq(cases.trackingCode, res.json().trackingCode));
      expect(row).toMatchObject({ anonymous: true, citizenName: null, citizenPhone: null });
    });

    it('never shows names, phones, internal notes or the handler in the public view', async () => {
      const { trackingCode } = (await submit({ name: '赵隐私', phone: '13700009999' })).json();
      const [row] = await t.db.select().from(cases).where(eq(cases.trackingCode, trackingCode));
      const id = row?.id as string;
      const steps = [
        { action: 'note', note: '内部：此人多次反映' },
        {
          action: 'assign',
          orgId: w.unitA.id,
          handlerCadreId: handler.cadreId,
          note: '内部交办意见',
        },
      ];
      for (const s of steps) {
        expect((await w.as.office.post(`/api/cases/${id}/events`, s)).statusCode).toBe(200);
      }
      expect(
        (await handler.client.post(`/api/cases/${id}/events`, { action: 'start' })).statusCode,
      ).toBe(200);
      expect(
        (
          await handler.client.post(`/api/cases/${id}/events`, {
            action: 'answer',
            answer: '道路已修复',
            note: '内部：费用 3 万元',
          })
        ).statusCode,
      ).toBe(200);
      const view = await pub('GET', `/api/public/cases/${trackingCode}`);
      const body = view.body;
      for (const secret of ['赵隐私', '13700009999', '内部', '承办干部', '甲单位', '3 万元']) {
        expect(body).not.toContain(secret);
      }
      expect(view.json()).toMatchObject({
        status: 'answered',
        answer: '道路已修复',
        mayRate: true,
      });
      expect(view.json().timeline.map((e: { action: string }) => e.action)).toEqual([
        'submit',
        'assign',
        'start',
        'answer',
      ]);
    });

    it('lists 办成实事: signed-off cases marked for publicity, with no code or personal data', async () => {
      const shown = await handlersCase({
        status: 'in_progress',
        citizenName: '孙公开',
        content: '公开的诉求：路灯',
      });
      await makeCase(t.db, { status: 'signed_off', content: '未公开的诉求' });
      const answered = await handler.client.post(`/api/cases/${shown.id}/events`, {
        action: 'answer',
        answer: '路灯已修',
        publicity: true,
      });
      expect(answered.json().publicity).toBe(true);
      await pub('POST', `/api/public/cases/${shown.trackingCode}/rating`, { rating: 'satisfied' });
      await w.as.unit_admin.post(`/api/cases/${shown.id}/events`, { action: 'sign_off' });
      const res = await pub('GET', '/api/public/resolved?pageSize=50');
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([
        expect.objectContaining({
          content: '公开的诉求：路灯',
          answer: '路灯已修',
          category: '道路交通',
        }),
      ]);
      expect(res.body).not.toContain('孙公开');
      expect(res.body).not.toContain(shown.trackingCode);
    });

    it('stores script tags as plain text and answers JSON', async () => {
      const content = '<script>alert("x")</script><img src=x onerror=alert(1)>';
      const { trackingCode } = (await submit({ content })).json();
      const view = await pub('GET', `/api/public/cases/${trackingCode}`);
      expect(view.headers['content-type']).toContain('application/json');
      expect(view.json().content).toBe(content);
    });

    it.each([
      ['1 MB of text', { content: '字'.repeat(350_000) }],
      ['content of the wrong type', { content: 12345 }],
      ['anonymous of the wrong type', { anonymous: 'yes' }],
      ['a category that is no id', { categoryId: 'roads' }],
      ['an unknown field', { isAdmin: true }],
      ['too short a text', { content: '坏' }],
      ['a bad phone', { phone: '<b>call</b>' }],
    ])('answers 400 to %s', async (_name, over) => {
      const res = await submit(over);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toBeTruthy();
    });

    it('answers 400 to an unknown category and to an inactive addressee', async () => {
      const res = await submit({ categoryId: '01900000-0000-7000-8000-0000000000ff' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('CASE_CATEGORY');
      expect((await submit({ cadreId: '01900000-0000-7000-8000-0000000000ff' })).statusCode).toBe(
        400,
      );
    });

    it('answers 404 to an unknown code and 400 to a malformed one', async () => {
      expect((await pub('GET', '/api/public/cases/ABCDEFGHJK')).statusCode).toBe(404);
      expect((await pub('GET', '/api/public/cases/ABC0O1I')).statusCode).toBe(400);
    });

    it('answers 429 when one address submits too often', async () => {
      const ip = '10.200.0.1';
      const codes: number[] = [];
      const PUBLIC_WRITES_PER_MINUTE = t.config.publicWritesPerMinute;
      for (let i = 0; i < PUBLIC_WRITES_PER_MINUTE + 2; i++) {
        codes.push((await submit({}, ip)).statusCode);
      }
      expect(codes.slice(0, PUBLIC_WRITES_PER_MINUTE).every((c) => c === 201)).toBe(true);
      expect(codes.at(-1)).toBe(429);
      expect((await submit({}, ip)).json().error.code).toBe('RATE_LIMITED');
      // another address is not affected
      expect((await submit({}, '10.200.0.2')).statusCode).toBe(201);
    });
  });

  describe('rating', () => {
    const rate = (code: string, rating: string, comment = '') =>
      pub('POST', `/api/public/cases/${code}/rating`, { rating, comment });

    it('reopens on the first 不满意, escalates on the second; 满意 lets the unit sign off', async () => {
      const c = await handlersCase({ status: 'answered' });
      const first = await rate(c.trackingCode, 'dissatisfied', '路还是坏的');
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ status: 'in_progress', mayRate: false, answer: null });
      // signing off before a good rating is refused
      await handler.client.post(`/api/cases/${c.id}/events`, { action: 'answer', answer: '重修' });
      const early = await w.as.unit_admin.post(`/api/cases/${c.id}/events`, { action: 'sign_off' });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.code).toBe('CASE_NOT_RATED');
      const second = await rate(c.trackingCode, 'dissatisfied', '还是不行');
      expect(second.json()).toMatchObject({ status: 'answered', rating: 'dissatisfied' });
      const staff = (await w.as.office.get(`/api/cases/${c.id}`)).json();
      expect(staff).toMatchObject({ escalated: true, dissatisfiedCount: 2 });
      const officeNotes = (await w.as.office.get('/api/notifications')).json();
      expect(JSON.stringify(officeNotes)).toContain(`${c.trackingCode} 群众再次不满意`);
      // rated once per answer
      expect((await rate(c.trackingCode, 'satisfied')).statusCode).toBe(409);

      const ok = await makeCase(t.db, { status: 'answered', assignedOrgId: w.unitA.id });
      expect((await rate(ok.trackingCode, 'basically')).json().status).toBe('answered');
      const signed = await w.as.unit_admin.post(`/api/cases/${ok.id}/events`, {
        action: 'sign_off',
      });
      expect(signed.statusCode, signed.body).toBe(200);
      expect(signed.json().status).toBe('signed_off');
      expect((await rate(ok.trackingCode, 'satisfied')).statusCode).toBe(409);
    });

    it('answers 400 to a rating that is not one of the three', async () => {
      const c = await makeCase(t.db, { status: 'answered' });
      expect((await rate(c.trackingCode, 'great')).statusCode).toBe(400);
    });
  });

  describe('staff routes', () => {
    /** 查看个人信息 rows of the audit log for a case */
    const personalReads = (id: string) =>
      auditRows(t.db, { entityId: id, action: 'read_personal' });

    it('answers 401 without a session', async () => {
      for (const [method, url] of [
        ['GET', '/api/cases'],
        ['POST', '/api/cases'],
        ['GET', `/api/cases/${SEEDED_CATEGORY.roads}`],
        ['GET', `/api/cases/${SEEDED_CATEGORY.roads}/events`],
        ['POST', `/api/cases/${SEEDED_CATEGORY.roads}/events`],
      ] as const) {
        expect((await t.app.inject({ method, url, payload: {} })).statusCode).toBe(401);
      }
    });

    it('lets staff "report as" a citizen, keeping who entered it; the inspector may not', async () => {
      const input = {
        channel: 'field_interview',
        respondentGroup: 'farmer',
        categoryId: SEEDED_CATEGORY.formalism,
        content: '检查太多，基层疲于应付',
        citizenName: '李农民',
        citizenPhone: '13500002222',
      };
      expect((await w.as.inspector.post('/api/cases', input)).statusCode).toBe(403);
      const res = await w.as.office.post('/api/cases', input);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        channel: 'field_interview',
        respondentGroup: 'farmer',
        categoryName: '形式主义',
        status: 'received',
        citizenPhone: '135****2222',
      });
      const [row] = await t.db.select().from(cases).where(eq(cases.id, res.json().id));
      expect(row?.enteredBy).toBeTruthy();
      expect(row?.citizenPhone).toBe('13500002222');
      const [a] = await auditRows(t.db, { entityId: res.json().id, action: 'create' });
      expect(a?.actorName).toBe('office 用户');
    });

    it('answers 400 to bad staff input', async () => {
      const base = {
        channel: 'hotline',
        categoryId: SEEDED_CATEGORY.roads,
        content: '路灯不亮已一月',
      };
      expect(
        (await w.as.office.post('/api/cases', { ...base, channel: 'pigeon' })).statusCode,
      ).toBe(400);
      const noGroup = await w.as.office.post('/api/cases', { ...base, channel: 'field_interview' });
      expect(noGroup.statusCode).toBe(400);
      expect(noGroup.json().error.message).toContain('受访群体');
      const missing = await w.as.office.post(`/api/cases/${(await makeCase(t.db)).id}/events`, {
        action: 'assign',
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.message).toBe('「交办」需要填写：承办单位、承办人');
      expect((await w.as.office.get('/api/cases/not-a-uuid')).statusCode).toBe(400);
    });

    it('scopes unit roles to their unit: another unit’s case is 404, a handler-less case too', async () => {
      const mine = await makeCase(t.db, { assignedOrgId: w.branchA.id, content: '甲支部的件' });
      const theirs = await makeCase(t.db, { assignedOrgId: w.unitB.id, content: '乙单位的件' });
      const open = await makeCase(t.db, { content: '未交办的件' });
      expect((await w.as.unit_admin.get(`/api/cases/${mine.id}`)).statusCode).toBe(200);
      expect((await w.as.unit_admin.get(`/api/cases/${theirs.id}`)).statusCode).toBe(404);
      expect((await w.as.unit_admin.get(`/api/cases/${open.id}/events`)).statusCode).toBe(404);
      expect(
        (await w.as.unit_admin.post(`/api/cases/${theirs.id}/events`, { action: 'note' }))
          .statusCode,
      ).toBe(404);
      const list = (await w.as.unit_admin.get('/api/cases?pageSize=200')).json();
      const ids = list.items.map((c: { id: string }) => c.id);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      expect(ids).not.toContain(open.id);
      const all = (await w.as.inspector.get('/api/cases?pageSize=200')).json();
      expect(all.items.map((c: { id: string }) => c.id)).toEqual(
        expect.arrayContaining([mine.id, theirs.id, open.id]),
      );
      expect(all.total).toBeGreaterThanOrEqual(3);
    });

    it('filters by text, status, channel, category, unit and overdue, with paging', async () => {
      const late = await makeCase(t.db, {
        status: 'in_progress',
        assignedOrgId: w.unitB.id,
        dueDate: '2014-01-02',
        content: '独一无二的排水沟堵塞',
        channel: 'hotline',
        categoryId: SEEDED_CATEGORY.urgent,
      });
      const q = (s: string) => w.as.office.get(`/api/cases?${s}`);
      const ids = async (s: string) =>
        ((await q(s)).json().items as { id: string }[]).map((c) => c.id);
      expect(await ids(`q=${encodeURIComponent('排水沟')}`)).toEqual([late.id]);
      expect(await ids(`q=${late.trackingCode}`)).toEqual([late.id]);
      expect(await ids('overdue=true')).toContain(late.id);
      expect((await q('overdue=true')).json().items[0].overdue).toBe(true);
      expect(
        await ids(`status=in_progress&channel=hotline&categoryId=${SEEDED_CATEGORY.urgent}`),
      ).toEqual([late.id]);
      expect(await ids(`orgId=${w.unitA.id}&q=${encodeURIComponent('排水沟')}`)).toEqual([]);
      const page = (await q('page=1&pageSize=2')).json();
      expect(page.items).toHaveLength(2);
      expect(page.total).toBeGreaterThan(2);
      expect((await q('status=bogus')).statusCode).toBe(400);
      expect((await q('pageSize=500')).statusCode).toBe(400);
      // out-of-scope unit filter is 404 for a unit admin
      expect((await w.as.unit_admin.get(`/api/cases?orgId=${w.unitB.id}`)).statusCode).toBe(404);
    });

    it('filters by the citizen’s rating (the dashboard’s satisfaction figures link here)', async () => {
      const day = new Date('2013-06-05T10:00:00+08:00');
      const pleased = await makeCase(t.db, {
        status: 'signed_off',
        rating: 'satisfied',
        createdAt: day,
      });
      const unhappy = await makeCase(t.db, {
        status: 'answered',
        rating: 'dissatisfied',
        createdAt: day,
      });
      await makeCase(t.db, { status: 'answered', createdAt: day });
      const ids = async (s: string) => {
        const res = await w.as.office.get(`/api/cases?from=2013-06-05&to=2013-06-05&${s}`);
        expect(res.statusCode, res.body).toBe(200);
        return (res.json().items as { id: string }[]).map((c) => c.id);
      };
      expect(await ids('rating=satisfied')).toEqual([pleased.id]);
      expect(await ids('rating=dissatisfied')).toEqual([unhappy.id]);
      expect(await ids('rating=basically')).toEqual([]);
      expect(await ids('')).toHaveLength(3);
      expect((await w.as.office.get('/api/cases?rating=great')).statusCode).toBe(400);
    });

    it('opening a case shows contact data masked to every role and writes no 查看个人信息 row', async () => {
      const c = await handlersCase({
        citizenPhone: '13812345678',
        citizenEmail: 'zhang.san@example.cn',
      });
      const other = await makeCadreWithLogin(t, w.unitA, { name: '同事' });
      for (const client of [
        w.as.inspector,
        other.client,
        handler.client,
        w.as.office,
        w.as.admin,
      ]) {
        const res = await client.get(`/api/cases/${c.id}`);
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain('13812345678');
        expect(res.body).not.toContain('zhang.san@example.cn');
        expect(res.json()).toMatchObject({
          citizenPhone: '138****5678',
          citizenEmail: 'z***@example.cn',
        });
      }
      expect((await w.as.office.get(`/api/cases/${c.id}`)).json().contactRevealable).toBe(true);
      expect((await handler.client.get(`/api/cases/${c.id}`)).json().contactRevealable).toBe(true);
      expect((await other.client.get(`/api/cases/${c.id}`)).json().contactRevealable).toBe(false);
      expect((await w.as.inspector.get(`/api/cases/${c.id}`)).json().contactRevealable).toBe(false);
      const list = (await w.as.office.get(`/api/cases?q=${c.trackingCode}`)).json();
      expect(list.items[0].citizenPhone).toBe('138****5678');
      expect(await personalReads(c.id)).toEqual([]);
    });

    it('显示联系方式 returns the full phone and e-mail to the roles that may see them, audited once per call', async () => {
      const c = await handlersCase({
        citizenPhone: '13812345679',
        citizenEmail: 'li.si@example.cn',
      });
      const readsOf = () => personalReads(c.id);
      const res = await w.as.office.get(`/api/cases/${c.id}/contact`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ citizenPhone: '13812345679', citizenEmail: 'li.si@example.cn' });
      const reads = await readsOf();
      expect(reads).toHaveLength(1);
      expect(reads[0]).toMatchObject({ entity: 'case' });
      expect(reads[0]?.actorId).not.toBeNull();
      expect(reads[0]?.summary).toContain(c.trackingCode);
      expect((await handler.client.get(`/api/cases/${c.id}/contact`)).json().citizenPhone).toBe(
        '13812345679',
      );
      expect(await readsOf()).toHaveLength(2);
    });

    it('显示联系方式 is 403 for a role that may not reveal, 404 out of scope, 401 without login', async () => {
      const c = await handlersCase({ citizenPhone: '13812345670' });
      const other = await makeCadreWithLogin(t, w.unitA, { name: '同事乙' });
      expect((await w.as.inspector.get(`/api/cases/${c.id}/contact`)).statusCode).toBe(403);
      expect((await other.client.get(`/api/cases/${c.id}/contact`)).statusCode).toBe(403);
      const inB = await makeCase(t.db, { assignedOrgId: w.unitB.id, citizenPhone: '13812345671' });
      expect((await w.as.unit_admin.get(`/api/cases/${inB.id}/contact`)).statusCode).toBe(404);
      expect((await pub('GET', `/api/cases/${c.id}/contact`)).statusCode).toBe(401);
      expect((await w.as.office.get('/api/cases/not-a-uuid/contact')).statusCode).toBe(400);
      expect(await personalReads(c.id)).toEqual([]);
    });

    it('assigns with a due date from the category’s working-day limit; events and audit are written', async () => {
      const c = await makeCase(t.db, { categoryId: SEEDED_CATEGORY.urgent });
      const res = await w.as.office.post(`/api/cases/${c.id}/events`, {
        action: 'assign',
        orgId: w.unitA.id,
        handlerCadreId: handler.cadreId,
        note: '请尽快办理',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'assigned',
        assignedOrgName: '甲单位',
        handlerName: '承办干部',
        dueDate: addWorkingDays(todayInChina(), 1),
      });
      expect(await lastCaseEvent(w.as.unit_admin, c.id)).toMatchObject({
        action: 'assign',
        fromState: 'received',
        toState: 'assigned',
        note: '请尽快办理',
        public: true,
        actorName: 'office 用户',
      });
      const audits = await auditRows(t.db, { entityId: c.id, action: 'update' });
      expect(audits).toHaveLength(1);
      // a handler outside the unit is refused
      const c2 = await makeCase(t.db);
      const outside = await makeCadreWithLogin(t, w.unitB);
      const bad = await w.as.office.post(`/api/cases/${c2.id}/events`, {
        action: 'assign',
        orgId: w.unitA.id,
        handlerCadreId: outside.cadreId,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('CASE_HANDLER_MISMATCH');
    });

    it('lets only the handling cadre work a case', async () => {
      const c = await handlersCase({ status: 'assigned' });
      const other = await makeCadreWithLogin(t, w.unitA);
      const res = await other.client.post(`/api/cases/${c.id}/events`, { action: 'start' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CASE_NOT_HANDLER');
    });

    it('merges a duplicate into an earlier case only, noting it on both', async () => {
      const earlier = await makeCase(t.db, { createdAt: new Date('2014-02-01T00:00:00Z') });
      const dup = await makeCase(t.db);
      const backwards = await w.as.office.post(`/api/cases/${earlier.id}/events`, {
        action: 'merge',
        mergeIntoId: dup.id,
      });
      expect(backwards.statusCode).toBe(400);
      const res = await w.as.office.post(`/api/cases/${dup.id}/events`, {
        action: 'merge',
        mergeIntoId: earlier.id,
      });
      expect(res.json()).toMatchObject({ status: 'merged', mergedIntoId: earlier.id });
      const onTarget = await t.db
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, earlier.id), eq(caseEvents.action, 'note')));
      expect(onTarget[0]?.note).toContain(dup.trackingCode);
    });

    it('records who decided not to accept and why', async () => {
      const c = await makeCase(t.db);
      const res = await w.as.office.post(`/api/cases/${c.id}/events`, {
        action: 'not_accept',
        reason: '属于司法程序',
      });
      expect(res.json().status).toBe('not_accepted');
      expect(await lastCaseEvent(w.as.office, c.id)).toMatchObject({
        action: 'not_accept',
        note: '属于司法程序',
        actorName: 'office 用户',
      });
    });
  });
});

describe('/api/categories and more list filters', () => {
  const { t, w } = useWorld();

  it('lets every staff role read categories and only admin and the office edit them', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/categories' })).statusCode).toBe(401);
    const list = (await w.as.cadre.get('/api/categories')).json().items;
    // the ten of the 2014 seed and 其他, the 默认类别 of mail and SMS
    expect(list).toHaveLength(11);
    expect(list[0]).toMatchObject({ name: '形式主义', active: true, sortOrder: 1 });
    const url = `/api/categories/${SEEDED_CATEGORY.roads}`;
    expect((await w.as.unit_admin.patch(url, { timeLimitDays: 5 })).statusCode).toBe(403);
    expect((await w.as.office.patch(url, { timeLimitDays: 0 })).statusCode).toBe(400);
    expect((await w.as.office.patch(url, {})).statusCode).toBe(400);
    expect((await w.as.office.patch(url, { name: '形式主义' })).statusCode).toBe(409);
    expect(
      (
        await w.as.office.patch(`/api/categories/${SEEDED_CATEGORY.roads.replace('11', '99')}`, {
          active: false,
        })
      ).statusCode,
    ).toBe(404);
    const res = await w.as.office.patch(url, { timeLimitDays: 5, active: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ timeLimitDays: 5, active: false });
    const [a] = await auditRows(t.db, { entity: 'case_category', entityId: SEEDED_CATEGORY.roads });
    expect(a?.action).toBe('update');
    // an inactive category leaves the public form and refuses new cases
    const pubList = (await t.app.inject({ method: 'GET', url: '/api/public/categories' })).json()
      .items;
    expect(pubList.map((c: { id: string }) => c.id)).not.toContain(SEEDED_CATEGORY.roads);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      payload: { categoryId: SEEDED_CATEGORY.roads, content: '停用类别的诉求' },
    });
    expect(refused.statusCode).toBe(400);
  });

  it('filters the case list by handler and submission date range', async () => {
    const h = await makeCadreWithLogin(t, w.unitA);
    const old = await makeCase(t.db, {
      handlerCadreId: h.cadreId,
      assignedOrgId: w.unitA.id,
      createdAt: new Date('2014-03-10T02:00:00Z'),
    });
    const newer = await makeCase(t.db, { createdAt: new Date('2014-03-12T02:00:00Z') });
    const ids = async (s: string) =>
      ((await w.as.office.get(`/api/cases?${s}`)).json().items as { id: string }[]).map(
        (c) => c.id,
      );
    expect(await ids(`handlerCadreId=${h.cadreId}`)).toEqual([old.id]);
    expect(await ids('from=2014-03-10&to=2014-03-10')).toEqual([old.id]);
    expect(await ids('from=2014-03-11&to=2014-03-12')).toEqual([newer.id]);
    expect((await w.as.office.get('/api/cases?from=2014-13-01')).statusCode).toBe(400);
  });

  it('exports a cadre’s ledger (销号台账) in the usual columns, in scope, without phones', async () => {
    const h = await makeCadreWithLogin(t, w.unitA, { name: '台账干部' });
    const handled = await makeCase(t.db, {
      status: 'signed_off',
      assignedOrgId: w.unitA.id,
      handlerCadreId: h.cadreId,
      rating: 'satisfied',
      citizenName: '钱诉求',
      citizenPhone: '13600001234',
      content: '台账里的诉求',
    });
    await makeCase(t.db, {
      assignedOrgId: w.unitB.id,
      handlerCadreId: h.cadreId,
      content: '乙单位',
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/cases/export' })).statusCode).toBe(401);
    const res = await w.as.unit_admin.get(`/api/cases/export?cadreId=${h.cadreId}`);
    const rows = await expectSheet(res, [
      '序号',
      '查询码',
      '诉求人',
      '反映渠道',
      '类别',
      '诉求内容',
      '责任单位',
      '责任人',
      '办理时限',
      '办理措施',
      '办理结果',
      '群众评价',
      '销号时间',
      '备注',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(0, 8)).toEqual([
      '1',
      handled.trackingCode,
      '钱诉求',
      '网站',
      '道路交通',
      '台账里的诉求',
      '甲单位',
      '台账干部',
    ]);
    expect(rows[1]?.[11]).toBe('满意');
    expect(JSON.stringify(rows)).not.toContain('13600001234');
  });
});
