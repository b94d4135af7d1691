import type { THouseholdCategory } from '../../../../../common/households.ts';

/** a code of 住户类别 (data: the admin keeps them in 系统设置; see household-categories) */
export type HouseholdCategory = THouseholdCategory;

export type HouseholdMember = { name: string; relation: string };

/** 户 — `idNumber` and `phone` are masked unless `revealed`. */
export type Household = {
  id: string;
  contactPointId: string;
  contactPointName: string;
  orgId: string;
  orgName: string;
  headName: string;
  idNumber: string | null;
  phone: string | null;
  address: string;
  members: HouseholdMember[];
  categories: HouseholdCategory[];
  notes: string;
  active: boolean;
  /** names of the cadres paired with the household now */
  pairedCadres: string[];
  revealed: boolean;
  createdAt: string;
  updatedAt: string;
};

export type HouseholdInput = {
  contactPointId: string;
  headName: string;
  /** undefined = unchanged (editing), null = none */
  idNumber?: string | null;
  phone?: string | null;
  address: string;
  members: HouseholdMember[];
  categories: HouseholdCategory[];
  notes: string;
};

export type HouseholdFilters = {
  q?: string;
  orgId?: string;
  contactPointId?: string;
  category?: HouseholdCategory;
  active?: boolean;
  /** households this cadre may pair with (his unit's and its ancestors' contact points) */
  pairableFor?: string;
  /** only households whose ID number is registered more than once (admin and office) */
  duplicateIdNumber?: boolean;
};

/** who may list the cross-unit duplicates (the server's householdPolicy.mergeDuplicates) */
export const duplicateListRoles = ['admin', 'office'] as const;

export type HouseholdListParams = HouseholdFilters & { page: number; pageSize: number };
