import { apiRequest, apiUpload, type Page } from '../../../ui/api';
import type { Attachment } from '../../visits/types/visit';
import type {
  Case,
  CaseCategory,
  CaseCategoryUpdate,
  CaseContact,
  CaseCreateInput,
  CaseDetail,
} from '../types/case';

export const CASES_PATH = '/api/cases';
const CATEGORIES_PATH = '/api/categories';

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  categories: ['case-categories'] as const,
};

const item = (id: string) => `${CASES_PATH}/${encodeURIComponent(id)}`;

export const fetchCase = (id: string) => apiRequest<CaseDetail>(item(id));

/** A few cases found by a search (a tracking code, words), for a picker. */
export const searchCases = (q: string) =>
  apiRequest<Page<Case>>(CASES_PATH, { query: { q, page: 1, pageSize: 20 } });

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
