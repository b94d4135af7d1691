import type { CadreRank } from '../../cadres/types/cadre';

export type CampaignRef = { id: string; name: string } | null;

/** One cadre's month against the quota rules of his rank. */
export type ComplianceItem = {
  cadreId: string;
  cadreName: string;
  rank: CadreRank;
  orgId: string;
  orgName: string;
  /** 领导干部 */
  leading: boolean;
  month: string;
  daysLogged: number;
  daysRequired: number;
  pairedHouseholds: number;
  minHouseholds: number;
  maxHouseholds: number;
  poorHouseholdsHelped: number;
  minPoorHelped: number;
  met: boolean;
  /** why not met, in words */
  reasons: string[];
};

export type ComplianceList = { items: ComplianceItem[]; total: number; campaign: CampaignRef };

export type UnitSummaryRow = {
  orgId: string;
  orgName: string;
  cadres: number;
  met: number;
  /** 0–1 */
  rate: number;
};

export type UnitSummary = {
  items: UnitSummaryRow[];
  total: number;
  overall: { cadres: number; met: number; rate: number };
  campaign: CampaignRef;
};

export type CalendarDay = { date: string; logs: number };

export type MyMonth = {
  month: string;
  campaign: CampaignRef;
  progress: ComplianceItem | null;
  nextAction: string | null;
};

export type ComplianceFilters = {
  month: string;
  orgId?: string;
  /** false = 只看未达标 */
  met?: boolean;
  leadingOnly?: boolean;
  q?: string;
};

export type ComplianceListParams = ComplianceFilters & { page: number; pageSize: number };

/** A campaign as the month picker needs it (GET /api/campaigns). */
export type CampaignSpan = {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  status: 'draft' | 'active' | 'closed';
};
