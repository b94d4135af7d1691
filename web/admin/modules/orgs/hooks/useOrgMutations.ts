import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createOrg, deleteOrg, orgKeys, updateOrg } from '../api/orgsApi';
import type { OrgCreateInput, OrgUpdateInput } from '../types/org';

/** After an import or a change elsewhere (counts of cadres live on the orgs). */
export function useInvalidateOrgs() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: orgKeys.all });
}

export function useCreateOrg() {
  const invalidate = useInvalidateOrgs();
  return useMutation({
    mutationFn: (input: OrgCreateInput) => createOrg(input),
    onSuccess: invalidate,
  });
}

export function useUpdateOrg() {
  const invalidate = useInvalidateOrgs();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: OrgUpdateInput }) => updateOrg(id, input),
    onSuccess: invalidate,
  });
}

export function useDeleteOrg() {
  const invalidate = useInvalidateOrgs();
  return useMutation({
    mutationFn: (id: string) => deleteOrg(id),
    onSuccess: invalidate,
  });
}
