import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { householdKeys } from '../../households/api/householdsApi';
import { createPairings, endPairing, fetchPairings, pairingKeys } from '../api/pairingsApi';
import type { PairingListParams } from '../types/pairing';

export function usePairings(params: PairingListParams, enabled = true) {
  return useQuery({
    queryKey: pairingKeys.list(params),
    queryFn: () => fetchPairings(params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Pairings, and the households whose "paired cadres" column changes with them. */
function useInvalidatePairings() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: pairingKeys.all }),
      queryClient.invalidateQueries({ queryKey: householdKeys.all }),
    ]);
}

export function useCreatePairings() {
  const invalidate = useInvalidatePairings();
  return useMutation({ mutationFn: createPairings, onSuccess: invalidate });
}

export function useEndPairing() {
  const invalidate = useInvalidatePairings();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: { endDate: string; reason: string } }) =>
      endPairing(id, input),
    onSuccess: invalidate,
  });
}
