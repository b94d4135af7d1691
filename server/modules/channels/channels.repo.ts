import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { cadres } from '../../db/schema/index.ts';

/** The active cadre whose 电子信箱 this is (addresses compare case-insensitively). */
export async function findActiveCadreByEmail(db: DbOrTx, address: string) {
  const [row] = await db
    .select({ id: cadres.id, name: cadres.name })
    .from(cadres)
    .where(and(eq(cadres.active, true), sql`lower(${cadres.email}) = ${address.toLowerCase()}`))
    .orderBy(asc(cadres.id))
    .limit(1);
  return row;
}
