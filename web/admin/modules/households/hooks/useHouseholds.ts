import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createHousehold,
  fetchHousehold,
  fetchHouseholds,
  householdKeys,
  updateHousehold,
} from '../api/householdsApi';
import type { HouseholdInput, HouseholdListParams } from '../types/household';

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

/** Households, and the pairings that show household names and are ended by a deactivation. */
export function useInvalidateHouseholds() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: householdKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['pairings'] }),
    ]);
}

/** Create when `id` is empty, otherwise update. */
export function useSaveHousehold() {
  const invalidate = useInvalidateHouseholds();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: HouseholdInput }) =>
      id ? updateHousehold(id, input) : createHousehold(input),
    onSuccess: invalidate,
  });
}

export function useSetHouseholdActive() {
  const invalidate = useInvalidateHouseholds();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      updateHousehold(id, { active }),
    onSuccess: invalidate,
  });
}
