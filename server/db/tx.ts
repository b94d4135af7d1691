import type { Db, Tx } from './client.ts';

const SERIALIZATION_FAILURE = '40001';
const DEADLOCK = '40P01';
/** unique_violation: e.g. the same message or clientId committed by a concurrent try */
export const UNIQUE_VIOLATION = '23505';

function pgCode(err: unknown): string | undefined {
  let e: unknown = err;
  // drizzle wraps driver errors; the SQLSTATE sits on the cause
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Runs one use case in one transaction, retrying on serialization failure (40001) so the same
 * code runs on distributed PostgreSQL-compatible engines. Everything inside must use `tx`.
 */
export async function inTransaction<T>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
  attempts = 5,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => work(tx as Tx));
    } catch (err) {
      const code = pgCode(err);
      if (attempt < attempts && (code === SERIALIZATION_FAILURE || code === DEADLOCK)) {
        await new Promise((r) => setTimeout(r, 10 * 2 ** attempt));
        continue;
      }
      throw err;
    }
  }
}

export { pgCode };
