import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useInvalidate, useRowChange, useSave } from '../../../ui/list/mutations';
import {
  createHousehold,
  fetchHousehold,
  fetchHouseholds,
  householdKeys,
  updateHousehold,
} from '../api/householdsApi';
import type { HouseholdListParams } from '../types/household';

export function useHouseholds(params: HouseholdListParams, enabled = true) {
  return useQuery({
    queryKey: householdKeys.list(params),
    queryFn: () => fetchHouseholds(params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One household, masked; the unmasked read is `useRevealHousehold` (audited, never cached). */
export function useHousehold(id: string | null) {
  return useQuery({
    queryKey: householdKeys.detail(id ?? ''),
    queryFn: () => fetchHousehold(id ?? ''),
    enabled: id !== null,
  });
}

export function useRevealHousehold() {
  return useMutation({ mutationFn: (id: string) => fetchHousehold(id, true) });
}

const invalidated = [householdKeys.all, ['pairings']] as const;

/** Households, and the pairings that show household names and are ended by a deactivation. */
export const useInvalidateHouseholds = () => useInvalidate(...invalidated);

export const useSaveHousehold = () => useSave(createHousehold, updateHousehold, ...invalidated);

export const useSetHouseholdActive = () =>
  useRowChange((id, active: boolean) => updateHousehold(id, { active }), ...invalidated);
