import { apiRequest, apiUpload, type Page } from '../../../ui/api';
import type {
  Attachment,
  HouseholdOption,
  Visit,
  VisitCreateInput,
  VisitUpdateInput,
} from '../types/visit';

export const VISITS_PATH = '/api/visits';

export const visitKeys = {
  all: ['visits'] as const,
  lists: () => [...visitKeys.all, 'list'] as const,
  households: (contactPointId: string) => ['households', 'of-point', contactPointId] as const,
};

/** 201 for a new visit; 200 with the stored one when the same clientId was sent before. */
export function createVisit(input: VisitCreateInput): Promise<Visit> {
  return apiRequest<Visit>(VISITS_PATH, { method: 'POST', body: input });
}

export function updateVisit(id: string, input: VisitUpdateInput): Promise<Visit> {
  return apiRequest<Visit>(`${VISITS_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function deleteVisit(id: string): Promise<void> {
  return apiRequest<void>(`${VISITS_PATH}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function uploadAttachment(file: File): Promise<Attachment> {
  return apiUpload<Attachment>('/api/attachments', file);
}

const HOUSEHOLD_PAGE = 200;

/** The active households of one contact point, for the picker (every page). */
export async function fetchHouseholdsAt(contactPointId: string): Promise<HouseholdOption[]> {
  const items: HouseholdOption[] = [];
  for (let page = 1; ; page++) {
    const next = await apiRequest<Page<HouseholdOption>>('/api/households', {
      query: { contactPointId, active: true, page, pageSize: HOUSEHOLD_PAGE },
    });
    items.push(...next.items);
    if (next.items.length < HOUSEHOLD_PAGE || items.length >= next.total) return items;
  }
}
