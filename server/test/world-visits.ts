import { eq } from 'drizzle-orm';
import type { TRank } from '../../common/org.ts';
import {
  assistance,
  campaigns,
  households,
  pairings,
  quotaRules,
  users,
} from '../db/schema/index.ts';
import { type Client, login, type TestApp } from './app.ts';
import { makeCadre, makeContactPoint, makeUser, type TestOrg } from './factories.ts';

/** A cadre with a login of his own (a cadre account linked to the cadre). */
export async function makeCadreWithLogin(
  t: TestApp,
  org: TestOrg,
  opts: { rank?: TRank; name?: string } = {},
): Promise<{ cadreId: string; client: Client; userId: string }> {
  const cadre = await makeCadre(t.db, org, { rank: opts.rank ?? 'county', name: opts.name });
  const user = await makeUser(t.db, 'cadre', { org, cadreId: cadre.id });
  return {
    cadreId: cadre.id,
    client: await login(t.app, user.username, user.password),
    userId: user.id,
  };
}

export async function makeHouseholdAt(
  t: TestApp,
  contactPointId: string,
  opts: {
    headName?: string;
    categories?: ('poor' | 'opinion' | 'old_member' | 'large_producer' | 'other')[];
  } = {},
) {
  const [row] = await t.db
    .insert(households)
    .values({
      contactPointId,
      headName: opts.headName ?? '住户',
      categories: opts.categories ?? [],
    })
    .returning({ id: households.id });
  if (!row) throw new Error('no household');
  return row.id;
}

export { makeContactPoint };

export async function userIdOf(t: TestApp, username: string): Promise<string> {
  const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return u.id;
}

type RuleRow = {
  rank: 'county' | 'section' | 'other';
  effectiveFrom: string;
  minDaysPerMonth: number;
  minHouseholds: number;
  maxHouseholds: number;
  minPoorHelped: number;
};

/** An active campaign with the 2014 quota rules (county ≥3 days, section ≥5, 3–5 households, ≥1 poor helped). */
export async function makeQuotaCampaign(
  t: TestApp,
  opts: {
    startDate?: string;
    endDate?: string;
    rules?: RuleRow[];
    reminderDaysBeforeMonthEnd?: number;
  } = {},
) {
  const [c] = await t.db
    .insert(campaigns)
    .values({
      name: '学习龚全珍，争做贴心人',
      startDate: opts.startDate ?? '2014-02-01',
      endDate: opts.endDate ?? '2014-09-30',
      status: 'active',
      reminderDaysBeforeMonthEnd: opts.reminderDaysBeforeMonthEnd ?? 5,
    })
    .returning({ id: campaigns.id });
  if (!c) throw new Error('no campaign');
  const from = opts.startDate ?? '2014-02-01';
  const rules = opts.rules ?? [
    {
      rank: 'county',
      effectiveFrom: from,
      minDaysPerMonth: 3,
      minHouseholds: 3,
      maxHouseholds: 5,
      minPoorHelped: 1,
    },
    {
      rank: 'section',
      effectiveFrom: from,
      minDaysPerMonth: 5,
      minHouseholds: 3,
      maxHouseholds: 5,
      minPoorHelped: 1,
    },
  ];
  await t.db.insert(quotaRules).values(rules.map((r) => ({ ...r, campaignId: c.id })));
  return c.id;
}

export async function pair(
  t: TestApp,
  cadreId: string,
  householdId: string,
  startDate: string,
  endDate: string | null = null,
) {
  await t.db.insert(pairings).values({ cadreId, householdId, startDate, endDate });
}

export async function help(t: TestApp, cadreId: string, householdId: string, date: string) {
  await t.db.insert(assistance).values({ cadreId, householdId, date, measure: '帮扶措施' });
}
