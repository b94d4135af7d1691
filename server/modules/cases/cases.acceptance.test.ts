import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '../../../common/dates.ts';
import { caseCategories, caseEvents, cases } from '../../db/schema/index.ts';
import { auditRows } from '../../test/audit.ts';
import { makeCase, SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { dueDateAfter } from '../holidays/holidays.service.ts';
import { addWorkingDays } from '../holidays/working-days.ts';

/** 待受理 → 已受理, the 受理时限 of a category, and the 默认类别 of mail and SMS. */
describe('case acceptance: 受理时限 and 默认类别', () => {
  const { t, w } = useWorld();
  let addr = 0;

  const category = (id: string) => `/api/categories/${id}`;
  const flagged = async () =>
    (
      await t.db
        .select({ id: caseCategories.id })
        .from(caseCategories)
        .where(eq(caseCategories.intakeDefault, true))
    ).map((r) => r.id);

  it('seeds 15 working days to accept on every category and 其他 as the one 默认类别', async () => {
    const items = (await w.as.office.get('/api/categories')).json().items as {
      id: string;
      name: string;
      acceptDays: number;
      intakeDefault: boolean;
    }[];
    expect(items.every((c) => c.acceptDays === 15)).toBe(true);
    expect(items.filter((c) => c.intakeDefault)).toMatchObject([
      { id: SEEDED_CATEGORY.other, name: '其他' },
    ]);
  });

  it('refuses a 受理时限 outside 1–60 working days, in words, and keeps a good one', async () => {
    for (const [bad, words] of [
      [0, '受理时限至少 1 个工作日'],
      [61, '受理时限最多 60 个工作日'],
      [2.5, '受理时限应为整数个工作日'],
      ['15', '受理时限应为 1 至 60 个工作日'],
    ] as const) {
      const res = await w.as.office.patch(category(SEEDED_CATEGORY.urgent), { acceptDays: bad });
      expect(res.statusCode, String(bad)).toBe(400);
      expect(res.body).toContain(words);
    }
    expect(
      (await w.as.unit_admin.patch(category(SEEDED_CATEGORY.urgent), { acceptDays: 3 })).statusCode,
    ).toBe(403);
    const ok = await w.as.office.patch(category(SEEDED_CATEGORY.urgent), { acceptDays: 3 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ acceptDays: 3 });
    const [a] = await auditRows(t.db, {
      entity: 'case_category',
      entityId: SEEDED_CATEGORY.urgent,
    });
    expect(a).toMatchObject({ before: { acceptDays: 15 }, after: { acceptDays: 3 } });
  });

  it('gives a new case its 受理时限 at receipt: the category’s working days by the holiday calendar', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      payload: { categoryId: SEEDED_CATEGORY.urgent, content: '路口信号灯坏了，很危险' },
      remoteAddress: `10.77.0.${++addr}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe('received');
    const [row] = await t.db
      .select()
      .from(cases)
      .where(eq(cases.trackingCode, res.json().trackingCode));
    // urgent was set to 3 days above
    expect(row?.acceptDueOn).toBe(await dueDateAfter(t.db, todayInChina(), 3));
    const detail = (await w.as.office.get(`/api/cases/${row?.id}`)).json();
    expect(detail).toMatchObject({
      status: 'received',
      acceptDueOn: row?.acceptDueOn,
      acceptOverdue: false,
    });
  });

  it('counts working days in SQL exactly as the holiday service does', async () => {
    // every start day of 2014 (holidays and 调休 seeded) for a few limits
    const rowsOf = async <R>(q: ReturnType<typeof sql>) =>
      ((await t.db.execute(q)) as unknown as { rows: R[] }).rows;
    const holidays = await rowsOf<{ date: string; workday: boolean }>(
      sql`select date::text as date, workday from holidays`,
    );
    const calendar: ReadonlyMap<string, boolean> = new Map(
      holidays.map((h) => [h.date, h.workday]),
    );
    expect(calendar.get('2014-10-01')).toBe(false);
    for (const days of [0, 1, 5, 15]) {
      const rows = await rowsOf<{ start: string; due: string }>(
        sql`select d::date::text as start, working_day_after(d::date, ${days}::int)::text as due
            from generate_series('2014-01-01'::date, '2014-12-31'::date, interval '1 day') d`,
      );
      expect(rows).toHaveLength(365);
      for (const r of rows) expect(r.due, r.start).toBe(addWorkingDays(r.start, days, calendar));
    }
  });

  it('shows a case still 待受理 after its 受理时限 as overdue, and an accepted one not', async () => {
    const late = await makeCase(t.db, {
      content: '受理超期的件：水渠堵塞',
      acceptDueOn: addDays(todayInChina(), -1),
    });
    const acceptedLate = await makeCase(t.db, {
      status: 'accepted',
      content: '已受理的件：水渠堵塞',
      acceptDueOn: addDays(todayInChina(), -1),
    });
    const list = (await w.as.office.get('/api/cases?q=水渠堵塞')).json().items as {
      id: string;
      acceptOverdue: boolean;
    }[];
    expect(list.find((c) => c.id === late.id)?.acceptOverdue).toBe(true);
    expect(list.find((c) => c.id === acceptedLate.id)?.acceptOverdue).toBe(false);
    expect((await w.as.office.get(`/api/cases/${late.id}`)).json().acceptOverdue).toBe(true);
    // 只看超期 lists it too, not the accepted one
    const overdue = (await w.as.office.get('/api/cases?q=水渠堵塞&overdue=true')).json().items as {
      id: string;
    }[];
    expect(overdue.map((c) => c.id)).toEqual([late.id]);
  });

  it('keeps one 默认类别: setting it on one clears the other in the same change, both audited', async () => {
    expect(
      (await w.as.unit_admin.patch(category(SEEDED_CATEGORY.formalism), { intakeDefault: true }))
        .statusCode,
    ).toBe(403);
    const res = await w.as.office.patch(category(SEEDED_CATEGORY.formalism), {
      intakeDefault: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ intakeDefault: true });
    expect(await flagged()).toEqual([SEEDED_CATEGORY.formalism]);
    const trail = await auditRows(t.db, { entity: 'case_category' });
    expect(trail.find((a) => a.entityId === SEEDED_CATEGORY.other)).toMatchObject({
      summary: '取消默认类别 其他（改为 形式主义）',
      before: { intakeDefault: true },
      after: { intakeDefault: false },
    });
    expect(trail.find((a) => a.entityId === SEEDED_CATEGORY.formalism)).toMatchObject({
      before: { intakeDefault: false },
      after: { intakeDefault: true },
    });
    // it is moved, never just taken off; the default cannot be switched off, nor an inactive one made it
    const off = await w.as.office.patch(category(SEEDED_CATEGORY.formalism), {
      intakeDefault: false,
    });
    expect(off.statusCode).toBe(400);
    expect(off.body).toContain('默认类别只能设到另一个类别上');
    const deactivate = await w.as.office.patch(category(SEEDED_CATEGORY.formalism), {
      active: false,
    });
    expect(deactivate.statusCode).toBe(400);
    expect(deactivate.json().error.message).toContain('是默认类别，不能停用');
    await w.as.office.patch(category(SEEDED_CATEGORY.roads), { active: false });
    const inactive = await w.as.office.patch(category(SEEDED_CATEGORY.roads), {
      intakeDefault: true,
    });
    expect(inactive.statusCode).toBe(400);
    expect(inactive.json().error.message).toContain('已停用，不能设为默认类别');
    await w.as.office.patch(category(SEEDED_CATEGORY.roads), { active: true });
    expect(await flagged()).toEqual([SEEDED_CATEGORY.formalism]);
    // the database itself refuses a second flag
    await expect(
      t.db
        .update(caseCategories)
        .set({ intakeDefault: true })
        .where(eq(caseCategories.id, SEEDED_CATEGORY.roads)),
    ).rejects.toThrow();
    await w.as.office.patch(category(SEEDED_CATEGORY.other), { intakeDefault: true });
    expect(await flagged()).toEqual([SEEDED_CATEGORY.other]);
  });

  it('migrates: a received case with a 受理 event becomes 已受理, its history too; 受理时限 from receipt', async () => {
    const waiting = await makeCase(t.db, { createdAt: new Date('2014-09-30T02:00:00Z') });
    const taken = await makeCase(t.db, { createdAt: new Date('2014-09-30T02:00:00Z') });
    // after the factory's 提交 event (written now)
    const at = (s: number) => new Date(Date.now() + s * 1000);
    await t.db.insert(caseEvents).values([
      {
        caseId: taken.id,
        action: 'accept',
        fromStatus: 'received',
        toStatus: 'received',
        at: at(1),
      },
      { caseId: taken.id, action: 'note', fromStatus: 'received', toStatus: 'received', at: at(2) },
    ]);
    // the data statements of migration 0012 (after the DDL), run again over these rows
    const migration = readFileSync(
      new URL('../../db/migrations/0012_case_acceptance.sql', import.meta.url),
      'utf8',
    );
    for (const statement of migration.split('--> statement-breakpoint')) {
      if (/^\s*UPDATE "(cases|case_events)"/m.test(statement.replace(/^--.*$/gm, ''))) {
        await t.db.execute(sql.raw(statement));
      }
    }
    const [a, b] = await Promise.all(
      [waiting.id, taken.id].map(
        async (id) => (await t.db.select().from(cases).where(eq(cases.id, id)))[0],
      ),
    );
    // 2014-09-30 + 15 working days: 国庆 1–7 Oct off, 调休 11 Oct worked
    expect(a).toMatchObject({ status: 'received', acceptDueOn: '2014-10-27' });
    expect(b).toMatchObject({ status: 'accepted' });
    const trail = await t.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, taken.id))
      .orderBy(caseEvents.at);
    expect(trail.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['submit', null, 'received'],
      ['accept', 'received', 'accepted'],
      ['note', 'accepted', 'accepted'],
    ]);
  });
});
