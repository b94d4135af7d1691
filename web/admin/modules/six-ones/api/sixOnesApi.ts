import { apiRequest } from '../../../ui/api';
import type {
  CadreSixOnes,
  SixOnesBoard,
  SixOnesReminder,
  SixOnesReminderResult,
  SixOnesSettings,
} from '../types/sixOnes';

export const SIX_ONES_PATH = '/api/six-ones';

const enc = encodeURIComponent;

export const sixOnesKeys = {
  all: ['six-ones'] as const,
  lists: () => [...sixOnesKeys.all, 'list'] as const,
  cadre: (cadreId: string, campaignId?: string) =>
    [...sixOnesKeys.all, 'cadre', cadreId, campaignId ?? 'current'] as const,
  settings: (campaignId: string) => [...sixOnesKeys.all, 'settings', campaignId] as const,
};

export function fetchCadreSixOnes(cadreId: string, campaignId?: string): Promise<CadreSixOnes> {
  return apiRequest(`/api/cadres/${enc(cadreId)}/six-ones`, { query: { campaignId } });
}

export function fetchSixOnesSettings(campaignId: string): Promise<SixOnesSettings> {
  return apiRequest(`/api/campaigns/${enc(campaignId)}/six-ones`);
}

export function saveSixOnesSettings(campaignId: string, settings: SixOnesSettings) {
  return apiRequest<SixOnesSettings>(`/api/campaigns/${enc(campaignId)}/six-ones`, {
    method: 'PUT',
    body: settings,
  });
}

/** How many leading cadres (of a unit) lack an item: what a reminder would go to. */
export async function fetchIncomplete(f: { orgId?: string; campaignId?: string }) {
  const board = await apiRequest<SixOnesBoard>(SIX_ONES_PATH, {
    query: { ...f, leadingOnly: true, page: 1, pageSize: 1 },
  });
  return board.incomplete;
}

export function sendSixOnesReminders(body: SixOnesReminder) {
  return apiRequest<SixOnesReminderResult>(`${SIX_ONES_PATH}/reminders`, {
    method: 'POST',
    body,
  });
}
