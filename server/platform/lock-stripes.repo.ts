import { createHash } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { lockStripes } from '../db/schema/index.ts';

/** How many stripes there are (the rows seeded by the migration `lock_stripes`). */
export const LOCK_STRIPES = 1024;

/** The stripe a value falls on: a hash, so nothing of the value is kept or shown. */
export function stripeOf(namespace: string, value: string): number {
  return (
    createHash('sha256').update(`${namespace}:${value}`).digest().readUInt32BE(0) % LOCK_STRIPES
  );
}

/**
 * Serialises transactions that write the same values (e.g. the same ID number) without a unique
 * index to do it: each value falls on one of a fixed set of rows, and those rows are locked
 * (`FOR UPDATE`, in stripe order so two callers never deadlock) until the caller's transaction
 * ends. No advisory locks (CONVENTIONS rule 9) and nothing of the values is stored; two values on
 * one stripe only wait for each other. Call it inside the transaction that checks and writes.
 */
export async function lockValues(tx: DbOrTx, namespace: string, values: readonly string[]) {
  const stripes = [...new Set(values.map((v) => stripeOf(namespace, v)))].sort((a, b) => a - b);
  if (stripes.length === 0) return;
  await tx
    .select({ stripe: lockStripes.stripe })
    .from(lockStripes)
    .where(inArray(lockStripes.stripe, stripes))
    .orderBy(lockStripes.stripe)
    .for('update');
}
