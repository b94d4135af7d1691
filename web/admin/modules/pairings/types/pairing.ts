import type { CadreRank } from '../../cadres/types/cadre';
import type { HouseholdCategory } from '../../households/types/household';

/** 结对 — `endDate` null while the pairing lasts. */
export type Pairing = {
  id: string;
  cadreId: string;
  cadreName: string;
  cadreRank: CadreRank;
  cadreOrgId: string;
  cadreOrgName: string;
  householdId: string;
  householdHeadName: string;
  householdCategories: HouseholdCategory[];
  contactPointId: string;
  contactPointName: string;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  active: boolean;
  createdAt: string;
};

export type PairingFilters = {
  cadreId?: string;
  householdId?: string;
  orgId?: string;
  active?: boolean;
  mine?: boolean;
};

export type PairingListParams = PairingFilters & { page: number; pageSize: number };

/** 少于下限 / 在范围内 / 多于上限 */
export type QuotaStatus = 'below' | 'ok' | 'above';

export type PairingOverviewItem = {
  cadreId: string;
  cadreName: string;
  rank: CadreRank;
  leading: boolean;
  orgId: string;
  orgName: string;
  openPairings: number;
  poorPairings: number;
  hasPoor: boolean;
  minHouseholds: number;
  maxHouseholds: number;
  status: QuotaStatus;
};

export type PairingOverview = {
  items: PairingOverviewItem[];
  total: number;
  source: 'campaign' | 'default';
  campaignName: string | null;
};

export type PairingOverviewParams = { orgId?: string; q?: string; page: number; pageSize: number };
