import { apiRequest, type Page } from '../../../ui/api';
import type { ProgressRow, RectificationDetail, ReminderResult } from '../types/rectification';

export const RECTIFICATIONS_PATH = '/api/rectifications';
/** 对照检查材料 (another feature's documents API): the picker lists a cadre's reports */
export const SELF_EXAMS_PATH = '/api/self-exams';

export const rectificationKeys = {
  all: ['rectifications'] as const,
  lists: () => [...rectificationKeys.all, 'list'] as const,
  detail: (id: string) => [...rectificationKeys.all, 'detail', id] as const,
  progress: (query: object) => [...rectificationKeys.all, 'progress', query] as const,
  selfExams: (cadreId: string) => ['self-exams', 'of-cadre', cadreId] as const,
};

const one = (id: string) => `${RECTIFICATIONS_PATH}/${encodeURIComponent(id)}`;

export const fetchRectification = (id: string) => apiRequest<RectificationDetail>(one(id));
export const createRectification = (input: object) =>
  apiRequest<RectificationDetail>(RECTIFICATIONS_PATH, { method: 'POST', body: input });
export const updateRectification = (id: string, input: object) =>
  apiRequest<RectificationDetail>(one(id), { method: 'PATCH', body: input });
export const deleteRectification = (id: string) => apiRequest<void>(one(id), { method: 'DELETE' });

export const fetchProgress = (query: { orgId?: string; campaignId?: string }) =>
  apiRequest<{ items: ProgressRow[] }>(`${RECTIFICATIONS_PATH}/progress`, { query });

export const sendReminders = (body: { orgId?: string; campaignId?: string; dryRun: boolean }) =>
  apiRequest<ReminderResult>(`${RECTIFICATIONS_PATH}/reminders`, { method: 'POST', body });

/** A cadre's self-examination reports, by title (one page: a cadre has one or two). */
export const fetchSelfExamsOf = (cadreId: string) =>
  apiRequest<Page<{ id: string; title: string }>>(SELF_EXAMS_PATH, {
    query: { cadreId, page: 1, pageSize: 50 },
  });
