import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { emptyToNull } from '../../../ui/forms';
import { orgKeys } from '../../orgs/api/orgsApi';
import { cadreKeys, createCadre, updateCadre } from '../api/cadresApi';
import type { Cadre, CadreInput, CadreRank, CadreUpdateInput, Gender } from '../types/cadre';

/** The cadre form as entered. */
export type CadreFormValues = {
  name: string;
  gender?: Gender;
  rank: CadreRank;
  post?: string;
  orgId: string;
  phone?: string;
  email?: string;
  leading: boolean;
  partyMember: boolean;
  /** shown when editing changes the rank */
  rankEffectiveFrom?: Dayjs;
};

/** The form's values for a cadre, or a new one's defaults (in the user's own unit). */
export function toCadreValues(
  cadre: Cadre | null,
  defaultOrgId: string | null,
): Partial<CadreFormValues> {
  if (!cadre) {
    return {
      rank: 'other',
      leading: false,
      partyMember: true,
      ...(defaultOrgId ? { orgId: defaultOrgId } : {}),
    };
  }
  return {
    name: cadre.name,
    gender: cadre.gender ?? undefined,
    rank: cadre.rank,
    post: cadre.post,
    orgId: cadre.orgId,
    phone: cadre.phone ?? undefined,
    email: cadre.email ?? undefined,
    leading: cadre.leading,
    partyMember: cadre.partyMember,
  };
}

function toInput(values: CadreFormValues): CadreInput {
  return {
    name: values.name.trim(),
    gender: values.gender ?? null,
    rank: values.rank,
    post: values.post?.trim() ?? '',
    orgId: values.orgId,
    phone: emptyToNull(values.phone),
    email: emptyToNull(values.email),
    leading: values.leading,
    partyMember: values.partyMember,
  };
}

/** Cadre lists and the per-unit cadre counts shown on the org page. */
export function useInvalidateCadres() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: cadreKeys.all }),
      queryClient.invalidateQueries({ queryKey: orgKeys.all }),
    ]);
}

/** Create when `id` is null, otherwise update (with the day a changed rank takes effect). */
export function useSaveCadre() {
  const invalidate = useInvalidateCadres();
  return useMutation({
    mutationFn: ({
      id,
      values,
      rank,
    }: {
      id: string | null;
      values: CadreFormValues;
      /** the cadre's rank before the edit */
      rank?: CadreRank;
    }) => {
      const input = toInput(values);
      if (!id) return createCadre(input);
      const changed = rank !== undefined && values.rank !== rank;
      const rankEffectiveFrom = changed
        ? values.rankEffectiveFrom?.format('YYYY-MM-DD')
        : undefined;
      return updateCadre(id, { ...input, rankEffectiveFrom });
    },
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
