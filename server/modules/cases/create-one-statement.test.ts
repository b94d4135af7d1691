import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog, caseCategories, caseEvents, cases, outbox } from '../../db/schema/index.ts';
import { auditRows } from '../../test/audit.ts';
import { makeCadre } from '../../test/factories.ts';
import { makeCase, SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';

// the tracking codes a submission draws, so a test can hand it one already taken
const drawn = vi.hoisted(() => ({ queue: [] as string[] }));
vi.mock('./tracking-code.ts', async (original) => {
  const real = await original<typeof import('./tracking-code.ts')>();
  return { newTrackingCode: () => drawn.queue.shift() ?? real.newTrackingCode() };
});

/**
 * Case creation is one statement (insertCaseWithTrail): it writes the case, its event, its audit row
 * and its acknowledgement together, or — when a check fails — nothing at all.
 */
describe('creating a case in one statement', () => {
  const { t, w } = useWorld();
  let addr = 0;

  const submit = (over: Record<string, unknown> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      payload: {
        categoryId: SEEDED_CATEGORY.roads,
        content: '桥面护栏松动，请尽快维修',
        name: '李群众',
        phone: '13900002222',
        ...over,
      },
      remoteAddress: `10.9.0.${++addr}`,
    });

  const countAll = async () => {
    const n = async (table: typeof cases | typeof caseEvents | typeof auditLog | typeof outbox) =>
      (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;
    return {
      cases: await n(cases),
      events: await n(caseEvents),
      audit: await n(auditLog),
      outbox: await n(outbox),
    };
  };

  it('writes the case with its event, audit row and acknowledgement', async () => {
    const res = await submit();
    expect(res.statusCode).toBe(201);
    const { trackingCode, createdAt } = res.json();
    const [row] = await t.db.select().from(cases).where(eq(cases.trackingCode, trackingCode));
    expect(row).toMatchObject({ status: 'received', channel: 'web', citizenPhone: '13900002222' });
    expect(new Date(createdAt).getTime()).toBe(row?.createdAt.getTime());
    const id = row?.id as string;
    expect(await t.db.select().from(caseEvents).where(eq(caseEvents.caseId, id))).toMatchObject([
      { action: 'submit', toStatus: 'received', public: true, actorId: null },
    ]);
    expect(await auditRows(t.db, { entityId: id })).toMatchObject([
      {
        action: 'create',
        entity: 'case',
        summary: `群众提交诉求 ${trackingCode}`,
        after: { channel: 'web', categoryId: SEEDED_CATEGORY.roads },
      },
    ]);
    expect(await t.db.select().from(outbox).where(eq(outbox.caseId, id))).toMatchObject([
      { kind: 'sms', recipient: '13900002222' },
    ]);
  });

  it('draws another tracking code when the first one is taken, and writes once', async () => {
    const taken = await makeCase(t.db);
    drawn.queue.push(taken.trackingCode, 'FRESHC0DE2');
    const before = await countAll();
    const res = await submit();
    expect(res.statusCode).toBe(201);
    expect(res.json().trackingCode).toBe('FRESHC0DE2');
    expect(drawn.queue).toEqual([]);
    expect(await countAll()).toEqual({
      cases: before.cases + 1,
      events: before.events + 1,
      audit: before.audit + 1,
      outbox: before.outbox + 1,
    });
  });

  it('writes nothing for a switched-off category or an inactive addressee', async () => {
    const before = await countAll();
    await t.db
      .update(caseCategories)
      .set({ active: false })
      .where(eq(caseCategories.id, SEEDED_CATEGORY.formalism));
    const off = await submit({ categoryId: SEEDED_CATEGORY.formalism });
    expect(off.statusCode).toBe(400);
    expect(off.json().error.code).toBe('CASE_CATEGORY');
    const gone = await makeCadre(t.db, w.unitA, { active: false });
    const cadre = await submit({ cadreId: gone.id });
    expect(cadre.statusCode).toBe(400);
    expect(cadre.json().error.code).toBe('CASE_CADRE');
    expect(await countAll()).toEqual(before);
  });
});
