/** 县级 / 科级 / 一般 */
export type Rank = 'county' | 'section' | 'other';
export const ranks: readonly Rank[] = ['county', 'section', 'other'];

/** 指标规则 — one version of a rank's monthly quota, in force from `effectiveFrom` (YYYY-MM). */
export type QuotaRule = {
  id: string;
  campaignId: string;
  rank: Rank;
  effectiveFrom: string;
  minDaysPerMonth: number;
  minHouseholds: number;
  maxHouseholds: number;
  minPoorHelped: number;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
  /** the version in force this month */
  current: boolean;
};

export type QuotaRuleInput = Omit<
  QuotaRule,
  'id' | 'createdBy' | 'createdByName' | 'createdAt' | 'current'
>;
