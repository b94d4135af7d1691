import { and, asc, eq, sql } from 'drizzle-orm';
import type { TCaseChannel } from '../../../common/cases.ts';
import type { DbOrTx } from '../../db/client.ts';
import { cadres, caseCategories, cases } from '../../db/schema/index.ts';

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

/** The active categories, in the office's order, for choosing the default of an intake channel. */
export async function activeCategories(db: DbOrTx) {
  return db
    .select({
      id: caseCategories.id,
      name: caseCategories.name,
      kind: caseCategories.kind,
      timeLimitDays: caseCategories.timeLimitDays,
    })
    .from(caseCategories)
    .where(eq(caseCategories.active, true))
    .orderBy(asc(caseCategories.sortOrder), asc(caseCategories.name));
}

/** The case a channel already made from this message (Message-ID, gateway id), if any. */
export async function findCaseByExternalRef(db: DbOrTx, channel: TCaseChannel, ref: string) {
  const [row] = await db
    .select({ id: cases.id, trackingCode: cases.trackingCode })
    .from(cases)
    .where(and(eq(cases.channel, channel), eq(cases.externalRef, ref)))
    .limit(1);
  return row;
}
