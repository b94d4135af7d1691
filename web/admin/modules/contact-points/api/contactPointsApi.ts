import { apiRequest, type Page, type QueryParams } from '../../../ui/api';
import type {
  ContactPoint,
  ContactPointFilters,
  ContactPointInput,
  ContactPointListParams,
} from '../types/contactPoint';

export const CONTACT_POINTS_PATH = '/api/contact-points';

export const contactPointKeys = {
  all: ['contact-points'] as const,
  list: (params: ContactPointListParams) => [...contactPointKeys.all, 'list', params] as const,
};

export function contactPointFilterQuery(f: ContactPointFilters): QueryParams {
  return { q: f.q?.trim(), orgId: f.orgId };
}

export function fetchContactPoints(params: ContactPointListParams): Promise<Page<ContactPoint>> {
  return apiRequest<Page<ContactPoint>>(CONTACT_POINTS_PATH, {
    query: {
      ...contactPointFilterQuery(params),
      page: params.page,
      pageSize: params.pageSize,
    },
  });
}

export function createContactPoint(input: ContactPointInput): Promise<ContactPoint> {
  return apiRequest<ContactPoint>(CONTACT_POINTS_PATH, { method: 'POST', body: input });
}

export function updateContactPoint(id: string, input: ContactPointInput): Promise<ContactPoint> {
  return apiRequest<ContactPoint>(`${CONTACT_POINTS_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function deleteContactPoint(id: string): Promise<void> {
  return apiRequest<void>(`${CONTACT_POINTS_PATH}/${encodeURIComponent(id)}`, {
    method: 'DELETE',
  });
}
