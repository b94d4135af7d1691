import { describe, expect, it } from 'vitest';
import { lockStripes } from '../db/schema/index.ts';
import { inTransaction } from '../db/tx.ts';
import { useTestApp } from '../test/hooks.ts';
import { LOCK_STRIPES, lockValues, stripeOf } from './lock-stripes.repo.ts';

describe('lock stripes', () => {
  const t = useTestApp();

  it('are seeded, one row a stripe', async () => {
    expect(await t.db.$count(lockStripes)).toBe(LOCK_STRIPES);
  });

  it('puts a value on one stable stripe, and different values mostly on different ones', () => {
    expect(stripeOf('x', '11010519491231002X')).toBe(stripeOf('x', '11010519491231002X'));
    const spread = new Set(Array.from({ length: 200 }, (_, i) => stripeOf('x', `v${i}`)));
    expect(spread.size).toBeGreaterThan(150);
  });

  it('makes a second transaction on the same value wait until the first ends', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const first = inTransaction(t.db, async (tx) => {
      await lockValues(tx, 'test', ['同一个值']);
      order.push('first locked');
      await held;
      order.push('first ends');
    });
    // (on the embedded engine transactions queue anyway; on PostgreSQL the lock does it)
    await new Promise((r) => setTimeout(r, 50));
    const second = inTransaction(t.db, async (tx) => {
      await lockValues(tx, 'test', ['同一个值']);
      order.push('second locked');
    });
    await new Promise((r) => setTimeout(r, 200));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first locked', 'first ends', 'second locked']);
  });
});
