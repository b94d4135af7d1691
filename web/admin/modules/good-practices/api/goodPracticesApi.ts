import { apiRequest } from '../../../ui/api';
import type { GoodPractice, MarkInput } from '../types/goodPractice';

export const GOOD_PRACTICES_PATH = '/api/good-practices';

export const goodPracticeKeys = {
  all: ['good-practices'] as const,
  lists: () => [...goodPracticeKeys.all, 'list'] as const,
};

/** 标为经验做法. */
export const markGoodPractice = (input: MarkInput) =>
  apiRequest<GoodPractice>(GOOD_PRACTICES_PATH, { method: 'POST', body: input });

/** 取消标记. */
export const unmarkGoodPractice = (id: string) =>
  apiRequest<void>(`${GOOD_PRACTICES_PATH}/${encodeURIComponent(id)}`, { method: 'DELETE' });
