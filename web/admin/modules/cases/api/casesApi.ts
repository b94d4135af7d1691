import { apiRequest, apiUpload, type Page, type QueryParams } from '../../../ui/api';
import type { Attachment } from '../../visits/types/visit';
import type {
  Case,
  CaseCategory,
  CaseCategoryUpdate,
  CaseContact,
  CaseCreateInput,
  CaseDetail,
  CaseFilters,
  CaseListParams,
} from '../types/case';

export const CASES_PATH = '/api/cases';
const CATEGORIES_PATH = '/api/categories';

export const caseKeys = {
  all: ['cases'] as const,
  list: (params: CaseListParams) => [...caseKeys.all, 'list', params] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  categories: ['case-categories'] as const,
};

const item = (id: string) => `${CASES_PATH}/${encodeURIComponent(id)}`;

/** The filters as the list and the 问题销号台账 export both take them. */
export function caseFilterQuery(filters: CaseFilters): QueryParams {
  return {
    q: filters.q?.trim(),
    status: filters.status,
    channel: filters.channel,
    categoryId: filters.categoryId,
    orgId: filters.orgId,
    handlerCadreId: filters.handlerCadreId,
    cadreId: filters.cadreId,
    overdue: filters.overdue ? 'true' : undefined,
    from: filters.from,
    to: filters.to,
  };
}

export function fetchCases(params: CaseListParams): Promise<Page<Case>> {
  return apiRequest<Page<Case>>(CASES_PATH, {
    query: { ...caseFilterQuery(params), page: params.page, pageSize: params.pageSize },
  });
}

export const fetchCase = (id: string) => apiRequest<CaseDetail>(item(id));

/** 显示联系方式: the full phone and e-mail; the server writes this read to the audit log. */
export const fetchCaseContact = (id: string) => apiRequest<CaseContact>(`${item(id)}/contact`);

export const createCase = (input: CaseCreateInput) =>
  apiRequest<Case>(CASES_PATH, { method: 'POST', body: input });

export const fetchCategories = () =>
  apiRequest<{ items: CaseCategory[] }>(CATEGORIES_PATH).then((r) => r.items);

export const updateCategory = (id: string, input: CaseCategoryUpdate) =>
  apiRequest<CaseCategory>(`${CATEGORIES_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });

export const uploadCaseFile = (file: File) => apiUpload<Attachment>('/api/attachments', file);
