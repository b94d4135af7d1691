import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import {
  complianceKeys,
  fetchActiveCampaigns,
  fetchCalendar,
  fetchMyMonth,
  fetchUnitSummary,
  sendReminders,
} from '../api/complianceApi';
import type { ComplianceFilters } from '../types/compliance';
import { defaultMonth, monthOf } from '../utils/months';

export function useUnitSummary(filters: ComplianceFilters) {
  return useQuery({
    queryKey: complianceKeys.units(filters),
    queryFn: () => fetchUnitSummary(filters),
    placeholderData: keepPreviousData,
  });
}

export function useCalendar(cadreId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: complianceKeys.calendar(cadreId ?? '', from, to),
    queryFn: () => fetchCalendar(cadreId ?? '', from, to),
    enabled: Boolean(cadreId),
  });
}

export function useMyMonth(month: string | undefined, enabled = true) {
  return useQuery({
    queryKey: complianceKeys.me(month),
    queryFn: () => fetchMyMonth(month),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The month to open on (see defaultMonth); undefined while the campaigns load. */
export function useDefaultMonth(): string | undefined {
  const campaigns = useQuery({
    queryKey: complianceKeys.campaigns,
    queryFn: fetchActiveCampaigns,
    staleTime: 10 * 60_000,
    retry: false,
  });
  const today = monthOf(new Date());
  if (campaigns.isPending) return undefined;
  return defaultMonth(`${today}-01`, campaigns.data ?? []);
}

export function useSendReminders() {
  return useMutation({ mutationFn: sendReminders });
}
