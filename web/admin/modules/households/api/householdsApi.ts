import { apiRequest, type Page, type QueryParams } from '../../../ui/api';
import type {
  Household,
  HouseholdFilters,
  HouseholdInput,
  HouseholdListParams,
} from '../types/household';

export const HOUSEHOLDS_PATH = '/api/households';

export const householdKeys = {
  all: ['households'] as const,
  lists: () => [...householdKeys.all, 'list'] as const,
  list: (params: HouseholdListParams) => [...householdKeys.lists(), params] as const,
  detail: (id: string) => [...householdKeys.all, 'detail', id] as const,
};

export function householdFilterQuery(filters: HouseholdFilters): QueryParams {
  return {
    q: filters.q?.trim(),
    orgId: filters.orgId,
    contactPointId: filters.contactPointId,
    category: filters.category,
    active: filters.active,
    pairableFor: filters.pairableFor,
    duplicateIdNumber: filters.duplicateIdNumber,
  };
}

export function fetchHouseholds(params: HouseholdListParams): Promise<Page<Household>> {
  return apiRequest<Page<Household>>(HOUSEHOLDS_PATH, {
    query: { ...householdFilterQuery(params), page: params.page, pageSize: params.pageSize },
  });
}

/** With `reveal`, the server returns the full ID number and phone and audits the read. */
export function fetchHousehold(id: string, reveal = false): Promise<Household> {
  return apiRequest<Household>(`${HOUSEHOLDS_PATH}/${encodeURIComponent(id)}`, {
    query: { reveal: reveal ? 'true' : undefined },
  });
}

export function createHousehold(input: HouseholdInput): Promise<Household> {
  return apiRequest<Household>(HOUSEHOLDS_PATH, { method: 'POST', body: input });
}

export function updateHousehold(
  id: string,
  input: Partial<HouseholdInput> & { active?: boolean },
): Promise<Household> {
  return apiRequest<Household>(`${HOUSEHOLDS_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}
