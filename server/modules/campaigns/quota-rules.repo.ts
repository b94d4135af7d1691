import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { quotaRules, users } from '../../db/schema/index.ts';
import { matching } from '../../platform/rows.repo.ts';

export type QuotaRuleRow = typeof quotaRules.$inferSelect;
export type QuotaRuleInsert = typeof quotaRules.$inferInsert;

/** Seniority of a rank: 县级, 科级, 一般 (the text values would sort county, other, section). */
const rankSeniority = sql`case ${quotaRules.rank} when 'county' then 0 when 'section' then 1 else 2 end`;

export function listQuotaRules(db: DbOrTx, campaignId: string, rank?: QuotaRuleRow['rank']) {
  return db
    .select({
      id: quotaRules.id,
      campaignId: quotaRules.campaignId,
      rank: quotaRules.rank,
      effectiveFrom: quotaRules.effectiveFrom,
      minDaysPerMonth: quotaRules.minDaysPerMonth,
      minHouseholds: quotaRules.minHouseholds,
      maxHouseholds: quotaRules.maxHouseholds,
      minPoorHelped: quotaRules.minPoorHelped,
      createdBy: quotaRules.createdBy,
      createdByName: users.name,
      createdAt: quotaRules.createdAt,
    })
    .from(quotaRules)
    .leftJoin(users, eq(users.id, quotaRules.createdBy))
    .where(and(eq(quotaRules.campaignId, campaignId), rank ? eq(quotaRules.rank, rank) : undefined))
    .orderBy(asc(rankSeniority), desc(quotaRules.effectiveFrom));
}

/**
 * The version of each rank in force on `day` (a month's first day): per rank, the latest
 * effectiveFrom not after it. Without `day`, the latest version of each rank.
 */
export function rulesInForce(db: DbOrTx, campaignId: string, day?: string) {
  return db
    .selectDistinctOn([quotaRules.rank])
    .from(quotaRules)
    .where(
      and(
        eq(quotaRules.campaignId, campaignId),
        day ? sql`${quotaRules.effectiveFrom} <= ${day}` : undefined,
      ),
    )
    .orderBy(quotaRules.rank, desc(quotaRules.effectiveFrom));
}

export const latestQuotaRules = (db: DbOrTx, campaignId: string) => rulesInForce(db, campaignId);

export async function findQuotaRuleVersion(
  db: DbOrTx,
  campaignId: string,
  rank: QuotaRuleRow['rank'],
  effectiveFrom: string,
) {
  const [row] = await db
    .select()
    .from(quotaRules)
    .where(matching(quotaRules, { campaignId, rank, effectiveFrom }));
  return row;
}

export async function insertQuotaRules(db: DbOrTx, rows: QuotaRuleInsert[]) {
  if (rows.length === 0) return [];
  return db.insert(quotaRules).values(rows).returning();
}

export async function updateQuotaRule(db: DbOrTx, id: string, patch: Partial<QuotaRuleInsert>) {
  const [row] = await db.update(quotaRules).set(patch).where(eq(quotaRules.id, id)).returning();
  return row;
}
