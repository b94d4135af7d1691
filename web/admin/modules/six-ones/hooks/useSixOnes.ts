import { useMutation, useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../../ui/list/mutations';
import {
  fetchCadreSixOnes,
  fetchIncomplete,
  fetchSixOnesSettings,
  saveSixOnesSettings,
  sendSixOnesReminders,
  sixOnesKeys,
} from '../api/sixOnesApi';
import type { SixOnesSettings } from '../types/sixOnes';

export function useCadreSixOnes(cadreId: string | null | undefined, campaignId?: string) {
  return useQuery({
    queryKey: sixOnesKeys.cadre(cadreId ?? '', campaignId),
    queryFn: () => fetchCadreSixOnes(cadreId ?? '', campaignId),
    enabled: Boolean(cadreId),
  });
}

export function useSixOnesSettings(campaignId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: sixOnesKeys.settings(campaignId ?? ''),
    queryFn: () => fetchSixOnesSettings(campaignId ?? ''),
    enabled: enabled && Boolean(campaignId),
  });
}

/** Saves a campaign's rules; the board and every cadre's six are counted again. */
export function useSaveSixOnesSettings(campaignId: string) {
  const invalidate = useInvalidate(sixOnesKeys.all);
  return useMutation({
    mutationFn: (settings: SixOnesSettings) => saveSixOnesSettings(campaignId, settings),
    onSuccess: invalidate,
  });
}

export function useCountIncomplete() {
  return useMutation({ mutationFn: fetchIncomplete });
}

export function useSendSixOnesReminders() {
  return useMutation({ mutationFn: sendSixOnesReminders });
}
