import type { HouseholdCategory } from '../../households/types/household';

/** 帮扶 — a measure a cadre took for a household, and its result. */
export type Assistance = {
  id: string;
  householdId: string;
  householdHeadName: string;
  householdCategories: HouseholdCategory[];
  contactPointName: string;
  cadreId: string;
  cadreName: string;
  orgId: string;
  orgName: string;
  date: string;
  measure: string;
  result: string;
  /** the user may edit it: a cadre his own records, writers any in their scope */
  editable: boolean;
  createdAt: string;
  updatedAt: string;
};

export type AssistanceInput = {
  householdId: string;
  /** left out by a cadre: the server takes the cadre linked to his account */
  cadreId?: string;
  date: string;
  measure: string;
  result: string;
};

export type AssistanceUpdateInput = Pick<AssistanceInput, 'date' | 'measure' | 'result'>;

export type AssistanceFilters = {
  q?: string;
  orgId?: string;
  cadreId?: string;
  householdId?: string;
  /** YYYY-MM */
  from?: string;
  to?: string;
};

export type AssistanceListParams = AssistanceFilters & { page: number; pageSize: number };
