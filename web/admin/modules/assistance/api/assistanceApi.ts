import { apiRequest } from '../../../ui/api';
import type { Assistance, AssistanceInput, AssistanceUpdateInput } from '../types/assistance';

export const ASSISTANCE_PATH = '/api/assistance';

export const assistanceKeys = {
  all: ['assistance'] as const,
  lists: () => [...assistanceKeys.all, 'list'] as const,
};

export function createAssistance(input: AssistanceInput): Promise<Assistance> {
  return apiRequest<Assistance>(ASSISTANCE_PATH, { method: 'POST', body: input });
}

export function updateAssistance(id: string, input: AssistanceUpdateInput): Promise<Assistance> {
  return apiRequest<Assistance>(`${ASSISTANCE_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}
