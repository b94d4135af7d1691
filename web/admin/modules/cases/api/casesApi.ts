import { apiRequest, apiUpload, type Page } from '../../../ui/api';
import type { Attachment } from '../../visits/types/visit';
import type {
  Case,
  CaseActionOption,
  CaseCategory,
  CaseCategoryUpdate,
  CaseContact,
  CaseCreateInput,
  CaseDetail,
  CaseEvent,
  CaseTransitionInput,
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

/** 显示联系方式: the full phone and e-mail; the server writes this read to the audit log. */
export const fetchCaseContact = (id: string) => apiRequest<CaseContact>(`${item(id)}/contact`);

export const fetchCaseEvents = (id: string) =>
  apiRequest<{ items: CaseEvent[] }>(`${item(id)}/events`).then((r) => r.items);

export const fetchCaseActions = (id: string) =>
  apiRequest<{ items: CaseActionOption[] }>(`${item(id)}/actions`).then((r) => r.items);

export const createCase = (input: CaseCreateInput) =>
  apiRequest<Case>(CASES_PATH, { method: 'POST', body: input });

/** One lifecycle step; 409 with the server's message when the status does not allow it. */
export const transitionCase = (id: string, input: CaseTransitionInput) =>
  apiRequest<Case>(`${item(id)}/events`, { method: 'POST', body: input });

/** The case whose tracking code this is, if the user may see it (for 合并). */
export async function findCaseByCode(code: string): Promise<Case | undefined> {
  const page = await apiRequest<Page<Case>>(CASES_PATH, { query: { q: code, pageSize: 20 } });
  return page.items.find((c) => c.trackingCode === code);
}

export const fetchCategories = () =>
  apiRequest<{ items: CaseCategory[] }>(CATEGORIES_PATH).then((r) => r.items);

export const updateCategory = (id: string, input: CaseCategoryUpdate) =>
  apiRequest<CaseCategory>(`${CATEGORIES_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });

export const uploadCaseFile = (file: File) => apiUpload<Attachment>('/api/attachments', file);
