import type {
  THouseholdCategoryCreate,
  THouseholdCategoryItem,
  THouseholdCategoryUpdate,
} from '../../../../../common/households.ts';
import { apiRequest } from '../../../ui/api';

const PATH = '/api/household-categories';

/** 住户类别 as the web receives it (times as ISO strings). */
export type HouseholdCategoryItem = Omit<THouseholdCategoryItem, 'updatedAt'> & {
  updatedAt: string;
};

export const householdCategoryKeys = { all: ['household-categories'] as const };

export function fetchHouseholdCategories(): Promise<{ items: HouseholdCategoryItem[] }> {
  return apiRequest<{ items: HouseholdCategoryItem[] }>(PATH);
}

export function createHouseholdCategory(
  input: THouseholdCategoryCreate,
): Promise<HouseholdCategoryItem> {
  return apiRequest<HouseholdCategoryItem>(PATH, { method: 'POST', body: input });
}

export function updateHouseholdCategory(
  code: string,
  patch: THouseholdCategoryUpdate,
): Promise<HouseholdCategoryItem> {
  return apiRequest<HouseholdCategoryItem>(`${PATH}/${encodeURIComponent(code)}`, {
    method: 'PATCH',
    body: patch,
  });
}
