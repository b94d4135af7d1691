import { apiRequest, type Page, type QueryParams } from '../../../ui/api';
import type {
  Assistance,
  AssistanceFilters,
  AssistanceInput,
  AssistanceListParams,
  AssistanceUpdateInput,
} from '../types/assistance';

export const ASSISTANCE_PATH = '/api/assistance';

export const assistanceKeys = {
  all: ['assistance'] as const,
  list: (params: AssistanceListParams) => [...assistanceKeys.all, 'list', params] as const,
};

export function assistanceFilterQuery(filters: AssistanceFilters): QueryParams {
  return { ...filters, q: filters.q?.trim() };
}

export function fetchAssistance(params: AssistanceListParams): Promise<Page<Assistance>> {
  return apiRequest<Page<Assistance>>(ASSISTANCE_PATH, {
    query: { ...assistanceFilterQuery(params), page: params.page, pageSize: params.pageSize },
  });
}

export function createAssistance(input: AssistanceInput): Promise<Assistance> {
  return apiRequest<Assistance>(ASSISTANCE_PATH, { method: 'POST', body: input });
}

export function updateAssistance(id: string, input: AssistanceUpdateInput): Promise<Assistance> {
  return apiRequest<Assistance>(`${ASSISTANCE_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}
