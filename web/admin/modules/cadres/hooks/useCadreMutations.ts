import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgKeys } from '../../orgs/api/orgsApi';
import { cadreKeys, createCadre, updateCadre } from '../api/cadresApi';
import type { CadreInput, CadreUpdateInput } from '../types/cadre';

/** Cadre lists and the per-unit cadre counts shown on the org page. */
export function useInvalidateCadres() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: cadreKeys.all }),
      queryClient.invalidateQueries({ queryKey: orgKeys.all }),
    ]);
}

/** Create when `id` is empty, otherwise update. */
export function useSaveCadre() {
  const invalidate = useInvalidateCadres();
  return useMutation({
    mutationFn: ({
      id,
      input,
      rankEffectiveFrom,
    }: {
      id: string | null;
      input: CadreInput;
      /** when an update changes the rank */
      rankEffectiveFrom?: string;
    }) => (id ? updateCadre(id, { ...input, rankEffectiveFrom }) : createCadre(input)),
    onSuccess: invalidate,
  });
}

export function useSetCadreActive() {
  const invalidate = useInvalidateCadres();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      updateCadre(id, { active } satisfies CadreUpdateInput),
    onSuccess: invalidate,
  });
}
