import { apiRequest, type Page } from '../../../ui/api';
import type { Org, OrgCreateInput, OrgUpdateInput } from '../types/org';

export const orgKeys = {
  all: ['orgs'] as const,
  list: () => [...orgKeys.all, 'list'] as const,
};

export const ORGS_PATH = '/api/orgs';

const MAX_PAGE_SIZE = 200;

/** Every unit the user may see, as one flat list (fetched page by page if the server pages it). */
export async function fetchAllOrgs(): Promise<Org[]> {
  const first = await apiRequest<Page<Org>>(ORGS_PATH, {
    query: { page: 1, pageSize: MAX_PAGE_SIZE },
  });
  const items = [...first.items];
  for (let page = 2; items.length < first.total; page++) {
    const next = await apiRequest<Page<Org>>(ORGS_PATH, {
      query: { page, pageSize: MAX_PAGE_SIZE },
    });
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return items;
}

export function createOrg(input: OrgCreateInput): Promise<Org> {
  return apiRequest<Org>(ORGS_PATH, { method: 'POST', body: input });
}

export function updateOrg(id: string, input: OrgUpdateInput): Promise<Org> {
  return apiRequest<Org>(`${ORGS_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function deleteOrg(id: string): Promise<void> {
  return apiRequest<void>(`${ORGS_PATH}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
