import { apiRequest, type Page, type QueryParams } from '../../../ui/api';
import type {
  Cadre,
  CadreFilters,
  CadreInput,
  CadreListParams,
  CadreUpdateInput,
} from '../types/cadre';

export const CADRES_PATH = '/api/cadres';

export const cadreKeys = {
  all: ['cadres'] as const,
  lists: () => [...cadreKeys.all, 'list'] as const,
  list: (params: CadreListParams) => [...cadreKeys.lists(), params] as const,
};

export function cadreFilterQuery(filters: CadreFilters): QueryParams {
  return {
    q: filters.q?.trim(),
    orgId: filters.orgId,
    rank: filters.rank,
    leading: filters.leading,
    active: filters.active,
  };
}

export function fetchCadres(params: CadreListParams): Promise<Page<Cadre>> {
  return apiRequest<Page<Cadre>>(CADRES_PATH, {
    query: { ...cadreFilterQuery(params), page: params.page, pageSize: params.pageSize },
  });
}

export function createCadre(input: CadreInput): Promise<Cadre> {
  return apiRequest<Cadre>(CADRES_PATH, { method: 'POST', body: input });
}

export function updateCadre(id: string, input: CadreUpdateInput): Promise<Cadre> {
  return apiRequest<Cadre>(`${CADRES_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}
