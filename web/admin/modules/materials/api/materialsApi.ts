import { apiRequest, type Page } from '../../../ui/api';
import type {
  Material,
  MaterialInput,
  MaterialPatch,
  MaterialView,
  ReceiptInput,
  ReminderResult,
  SendInput,
  Sending,
} from '../types/material';

export const MATERIALS_PATH = '/api/materials';

export const materialKeys = {
  all: ['materials'] as const,
  lists: () => [...materialKeys.all, 'list'] as const,
  sendings: (id: string, query: object) => [...materialKeys.all, 'sendings', id, query] as const,
};

const one = (id: string) => `${MATERIALS_PATH}/${encodeURIComponent(id)}`;

export const createMaterial = (input: MaterialInput) =>
  apiRequest<Material>(MATERIALS_PATH, { method: 'POST', body: input });

export const updateMaterial = (id: string, input: MaterialPatch) =>
  apiRequest<Material>(one(id), { method: 'PATCH', body: input });

export const deleteMaterial = (id: string) => apiRequest<void>(one(id), { method: 'DELETE' });

export const fetchSendings = (
  id: string,
  query: { page: number; pageSize: number; received?: boolean },
) => apiRequest<Page<Sending>>(`${one(id)}/distributions`, { query });

export const sendMaterial = (id: string, input: SendInput) =>
  apiRequest<Page<Sending>>(`${one(id)}/distributions`, { method: 'POST', body: input });

export const withdrawSending = (id: string, sendingId: string) =>
  apiRequest<void>(`${one(id)}/distributions/${encodeURIComponent(sendingId)}`, {
    method: 'DELETE',
  });

export const confirmReceipt = (id: string, sendingId: string, input: ReceiptInput) =>
  apiRequest<Sending>(`${one(id)}/distributions/${encodeURIComponent(sendingId)}/receipt`, {
    method: 'POST',
    body: input,
  });

export const sendReminders = (input: { materialId?: string; dryRun: boolean }) =>
  apiRequest<ReminderResult>(`${MATERIALS_PATH}/reminders`, { method: 'POST', body: input });

export const markStudied = (id: string) =>
  apiRequest<MaterialView>(`${one(id)}/views`, { method: 'POST' });
