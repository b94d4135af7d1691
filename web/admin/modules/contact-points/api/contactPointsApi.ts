import { apiRequest, type Page } from '../../../ui/api';
import type {
  ContactPoint,
  ContactPointInput,
  ContactPointListParams,
} from '../types/contactPoint';

export const CONTACT_POINTS_PATH = '/api/contact-points';

export const contactPointKeys = {
  all: ['contact-points'] as const,
  lists: () => [...contactPointKeys.all, 'list'] as const,
  list: (params: ContactPointListParams) => [...contactPointKeys.lists(), params] as const,
};

export function fetchContactPoints(params: ContactPointListParams): Promise<Page<ContactPoint>> {
  return apiRequest<Page<ContactPoint>>(CONTACT_POINTS_PATH, { query: params });
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
