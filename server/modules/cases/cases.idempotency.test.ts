import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { caseEvents, cases } from '../../db/schema/index.ts';
import { submitPublic } from '../../test/factories-cases.ts';
import { useTestApp } from '../../test/hooks.ts';

let addr = 0;
const nextAddress = () => `10.7.${Math.floor(++addr / 250)}.${addr % 250}`;

/** A phone on a weak connection sends the same submission again: one case, never two. */
describe('public submission with a clientId', () => {
  const t = useTestApp();

  const submit = (payload: Record<string, unknown>) =>
    submitPublic(t, nextAddress(), { content: '村口路灯坏了三盏，晚上看不见路', ...payload });
  const casesWith = (clientId: string) =>
    t.db.select().from(cases).where(eq(cases.externalRef, clientId));

  it('answers a retry with the same case: 201 first, then 200 with the same code', async () => {
    const clientId = randomUUID();
    const first = await submit({ clientId });
    expect(first.statusCode, first.body).toBe(201);
    const again = await submit({ clientId });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(first.json());
    const rows = await casesWith(clientId);
    expect(rows).toHaveLength(1);
    const events = await t.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, rows[0]?.id ?? ''));
    expect(events).toHaveLength(1);
  });

  it('makes one case when the same clientId arrives several times at once', async () => {
    const clientId = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => submit({ clientId })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().trackingCode)).size).toBe(1);
    expect(await casesWith(clientId)).toHaveLength(1);
  });

  it('keeps different submissions apart, and works without a clientId', async () => {
    const a = await submit({ clientId: randomUUID() });
    const b = await submit({ clientId: randomUUID() });
    const c = await submit({});
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([201, 201, 201]);
    expect(new Set([a, b, c].map((r) => r.json().trackingCode)).size).toBe(3);
  });

  it('rejects a clientId that is not a UUID', async () => {
    const res = await submit({ clientId: 'abc' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(
      'body.clientId',
    );
  });
});
