import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '../../../common/dates.ts';
import type { TMeetingCheck } from '../../../common/meetings.ts';
import { rectifications } from '../../db/schema/index.ts';
import type { Client } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import {
  expectError,
  expectEveryCall,
  expectNotFound,
  expectValidation,
} from '../../test/expect.ts';
import { makeCadre, makeOrg } from '../../test/factories.ts';
import { useWorld } from '../../test/hooks.ts';
import { expectSheet } from '../../test/xlsx.ts';
import { checksOf } from './meetings.service.ts';

/** PUT as a logged-in client (the test client has no shorthand for it). */
const put = (c: Client, url: string, payload: unknown) =>
  c.request({ method: 'PUT', url, payload: payload as Record<string, unknown> });

const RULES = { numerator: 2, denominator: 3, reportWithinDays: 15 };

describe('checksOf (the rules as data)', () => {
  const m = (
    due: number,
    present: number,
    heldOn = '2014-06-10',
    reportedOn: string | null = null,
  ) =>
    checksOf({ heldOn, reportedOn, due, present }, RULES, '2014-07-31', {
      openBefore: 0,
      reviewed: 0,
    });
  const quorum = (c: TMeetingCheck[]) => c[0]?.ok;
  const reported = (c: TMeetingCheck[]) => c[1];

  it('passes exactly two thirds and fails below', () => {
    expect(quorum(m(6, 4))).toBe(true);
    expect(quorum(m(3, 2))).toBe(true);
    expect(quorum(m(9, 6))).toBe(true);
    expect(quorum(m(9, 5))).toBe(false);
    expect(quorum(m(4, 2))).toBe(false);
    expect(m(4, 2)[0]?.detail).toContain('应当改期召开');
    expect(quorum(m(0, 0))).toBe(false);
  });

  it('wants the report within 15 days: pending inside the window, failed after', () => {
    expect(reported(m(3, 3, '2014-06-10', '2014-06-25'))?.ok).toBe(true);
    const late = reported(m(3, 3, '2014-06-10', '2014-06-26'));
    expect(late?.ok).toBe(false);
    expect(late?.detail).toContain('1 天');
    expect(reported(m(3, 3, '2014-06-10'))?.ok).toBe(false);
    expect(reported(m(3, 3, '2014-07-20'))).toMatchObject({ ok: null });
  });

  it('回头看: ok without open items before, or with some reviewed; else failed', () => {
    const r = (openBefore: number, reviewed: number) =>
      checksOf(
        { heldOn: '2014-06-10', reportedOn: null, due: 1, present: 1 },
        RULES,
        '2014-06-11',
        {
          openBefore,
          reviewed,
        },
      )[2]?.ok;
    expect(r(0, 0)).toBe(true);
    expect(r(3, 1)).toBe(true);
    expect(r(3, 0)).toBe(false);
  });
});

describe('/api/meetings', () => {
  const { t, w } = useWorld();
  let roster: string[] = [];
  let bCadre: string;
  const today = todayInChina();

  beforeAll(async () => {
    for (const name of ['书记', '副书记', '委员甲', '委员乙', '委员丙', '委员丁']) {
      roster.push((await makeCadre(t.db, w.unitA, { name })).id);
    }
    roster = [...roster];
    bCadre = (await makeCadre(t.db, w.unitB, { name: '乙干部' })).id;
  });

  const meeting = (over: Record<string, unknown> = {}) => ({
    orgId: w.unitA.id,
    kind: 'democratic',
    heldOn: '2014-06-10',
    topic: '对照“五个标准”开展批评和自我批评',
    host: '书记',
    criticism: '书记带头作自我批评……',
    measures: '建立联系群众制度',
    ...over,
  });
  const present = (ids: string[]) => ids.map((cadreId) => ({ cadreId, status: 'present' }));
  const absent = (ids: string[]) =>
    ids.map((cadreId) => ({ cadreId, status: 'absent', reason: '外出学习' }));

  async function create(over: Record<string, unknown> = {}) {
    const res = await w.as.unit_admin.post('/api/meetings', meeting(over));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  it('answers 401, 403 to roles that may not write, 404 for another unit', async () => {
    const m = await create();
    const other = await w.as.office.post('/api/meetings', meeting({ orgId: w.unitB.id }));
    expect(other.statusCode, other.body).toBe(201);
    const b = other.json().id as string;
    await expectEveryCall(
      t.app,
      [
        ['GET', '/api/meetings'],
        ['POST', '/api/meetings', meeting()],
        ['GET', `/api/meetings/${m.id}`],
        ['PATCH', `/api/meetings/${m.id}`, { topic: 'x' }],
        ['DELETE', `/api/meetings/${m.id}`],
        ['GET', `/api/meetings/${m.id}/attendance`],
        ['PUT', `/api/meetings/${m.id}/attendance`, { items: [] }],
        ['PUT', `/api/meetings/${m.id}/reviewed-items`, { items: [] }],
        ['GET', '/api/meetings/export'],
      ],
      401,
    );
    for (const who of [w.as.cadre, w.as.inspector]) {
      await expectEveryCall(
        who,
        [
          ['POST', '/api/meetings', meeting()],
          ['PATCH', `/api/meetings/${m.id}`, { topic: 'x' }],
          ['DELETE', `/api/meetings/${m.id}`],
          ['PUT', `/api/meetings/${m.id}/attendance`, { items: [] }],
          ['PUT', `/api/meetings/${m.id}/reviewed-items`, { items: [] }],
        ],
        403,
      );
    }
    // a cadre reads his unit's meetings
    expect((await w.as.cadre.get(`/api/meetings/${m.id}`)).statusCode).toBe(200);
    for (const url of [`/api/meetings/${b}`, `/api/meetings/${b}/attendance`]) {
      expectNotFound(await w.as.unit_admin.get(url));
    }
    expectNotFound(await w.as.unit_admin.patch(`/api/meetings/${b}`, { topic: 'x' }));
    expectNotFound(await put(w.as.unit_admin, `/api/meetings/${b}/attendance`, { items: [] }));
    expectNotFound(await w.as.unit_admin.delete(`/api/meetings/${b}`));
    expectError(
      await w.as.unit_admin.post('/api/meetings', meeting({ orgId: w.unitB.id })),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses bad input in words', async () => {
    expectValidation(
      await w.as.unit_admin.post('/api/meetings', meeting({ topic: '' })),
      'body.topic',
    );
    expectValidation(
      await w.as.unit_admin.post('/api/meetings', meeting({ kind: 'party' })),
      'body.kind',
    );
    expectValidation(
      await w.as.unit_admin.post('/api/meetings', meeting({ reportedOn: '2014-06-01' })),
      'body.reportedOn',
    );
    expectError(
      await w.as.unit_admin.post('/api/meetings', meeting({ heldOn: addDays(today, 3) })),
      400,
      'VALIDATION',
    );
    const m = await create();
    const noReason = await put(w.as.unit_admin, `/api/meetings/${m.id}/attendance`, {
      items: [{ cadreId: roster[0], status: 'absent' }],
    });
    const err = expectValidation(noReason, 'body.items.0.reason');
    expect(err.details[0]?.message).toBe('请填写缺席原因');
    const stranger = await put(w.as.unit_admin, `/api/meetings/${m.id}/attendance`, {
      items: present([bCadre]),
    });
    expectError(stranger, 400, 'VALIDATION');
    const twice = await put(w.as.unit_admin, `/api/meetings/${m.id}/attendance`, {
      items: present([roster[0] as string, roster[0] as string]),
    });
    expectError(twice, 400, 'VALIDATION');
    expectValidation(await w.as.unit_admin.get('/api/meetings?year=1900'), 'querystring.year');
  });

  it('records a meeting with its roster; the checks follow the roster (2/3 passes, below fails)', async () => {
    const m = await create({
      attendance: [...present(roster.slice(0, 4)), ...absent(roster.slice(4))],
      reportedOn: '2014-06-20',
    });
    expect(m).toMatchObject({ due: 6, present: 4, absent: 2 });
    expect(m.checks.map((c: TMeetingCheck) => [c.rule, c.ok])).toEqual([
      ['quorum', true],
      ['reported', true],
      ['reviewed', true],
    ]);
    expect(m.attendance).toHaveLength(6);
    expect(m.attendance.find((a: { status: string }) => a.status === 'absent').reason).toBe(
      '外出学习',
    );
    expect(await auditRows(t.db, { entity: 'meeting', entityId: m.id })).toHaveLength(1);
    // one more absent: 3 of 6 is below 2/3 — recorded, but flagged
    const res = await put(w.as.unit_admin, `/api/meetings/${m.id}/attendance`, {
      items: [...present(roster.slice(0, 3)), ...absent(roster.slice(3))],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await w.as.unit_admin.get(`/api/meetings/${m.id}`)).json();
    expect(after.checks[0]).toMatchObject({ rule: 'quorum', ok: false });
    expect(after.checks[0].detail).toContain('应当改期召开');
    const list = (await w.as.unit_admin.get('/api/meetings?year=2014&kind=democratic')).json();
    expect(list.items.find((x: { id: string }) => x.id === m.id).checks[0].ok).toBe(false);
    expect(await auditRows(t.db, { entity: 'meeting', entityId: m.id })).toHaveLength(2);
  });

  it('the report: pending inside 15 days, late after', async () => {
    const recent = await create({ heldOn: addDays(today, -3) });
    expect(recent.checks[1]).toMatchObject({ rule: 'reported', ok: null });
    const late = await create({ reportedOn: '2014-07-10' });
    expect(late.checks[1]).toMatchObject({ rule: 'reported', ok: false });
    const patched = await w.as.unit_admin.patch(`/api/meetings/${late.id}`, {
      reportedOn: '2014-06-24',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().checks[1].ok).toBe(true);
    expectError(
      await w.as.unit_admin.patch(`/api/meetings/${late.id}`, { reportedOn: '2014-06-01' }),
      400,
      'VALIDATION',
    );
  });

  it('回头看: open items from before the meeting must be reviewed at it', async () => {
    // a unit of its own, with an item made before the meeting and still open then
    const unit = await makeOrg(t.db, { parent: w.unitA, name: '回头看支部', kind: 'branch' });
    const cadre = await makeCadre(t.db, unit, { name: '支部干部' });
    const made = await w.as.unit_admin.post('/api/rectifications', {
      cadreId: cadre.id,
      problem: '学习不深入',
      measure: '每周集中学习',
      responsible: '支部干部',
      deadline: '2014-05-31',
    });
    expect(made.statusCode, made.body).toBe(201);
    const itemId = made.json().id as string;
    await t.db
      .update(rectifications)
      .set({ createdAt: new Date('2014-03-01T02:00:00Z') })
      .where(eq(rectifications.id, itemId));
    const m = await create({ orgId: unit.id, attendance: present([cadre.id]) });
    expect(m.checks[2]).toMatchObject({ rule: 'reviewed', ok: false });
    const reviewed = await put(w.as.unit_admin, `/api/meetings/${m.id}/reviewed-items`, {
      items: [{ rectificationId: itemId, note: '已完成一半' }],
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json().checks[2]).toMatchObject({ rule: 'reviewed', ok: true });
    expect(reviewed.json().reviewed).toEqual([
      expect.objectContaining({ rectificationId: itemId, note: '已完成一半', state: 'open' }),
    ]);
    // another unit's item cannot be reviewed here
    const bItem = await w.as.office.post('/api/rectifications', {
      cadreId: bCadre,
      problem: '乙单位的问题',
      measure: '整改',
      responsible: '乙干部',
      deadline: '2014-05-31',
    });
    expectError(
      await put(w.as.unit_admin, `/api/meetings/${m.id}/reviewed-items`, {
        items: [{ rectificationId: bItem.json().id }],
      }),
      400,
      'VALIDATION',
    );
  });

  it('deletes a meeting (audited) and exports the list', async () => {
    const m = await create();
    expect((await w.as.unit_admin.delete(`/api/meetings/${m.id}`)).statusCode).toBe(204);
    expectNotFound(await w.as.unit_admin.get(`/api/meetings/${m.id}`));
    const rows = await auditRows(t.db, { entity: 'meeting', entityId: m.id, action: 'delete' });
    expect(rows).toHaveLength(1);
    const sheet = await expectSheet(await w.as.unit_admin.get('/api/meetings/export?year=2014'), [
      '单位',
      '类型',
      '召开日期',
      '主题',
      '主持人',
      '应到',
      '实到',
      '缺席',
      '上报日期',
      '到会人数',
      '向上级报告',
      '整改回头看',
    ]);
    expect(sheet.length).toBeGreaterThan(1);
  });
});
