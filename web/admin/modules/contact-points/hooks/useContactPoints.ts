import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  contactPointKeys,
  createContactPoint,
  deleteContactPoint,
  fetchContactPoints,
  updateContactPoint,
} from '../api/contactPointsApi';
import type { ContactPointInput, ContactPointListParams } from '../types/contactPoint';

export function useContactPoints(params: ContactPointListParams) {
  return useQuery({
    queryKey: contactPointKeys.list(params),
    queryFn: () => fetchContactPoints(params),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateContactPoints() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: contactPointKeys.all });
}

/** Create when `id` is empty, otherwise update. */
export function useSaveContactPoint() {
  const invalidate = useInvalidateContactPoints();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ContactPointInput }) =>
      id ? updateContactPoint(id, input) : createContactPoint(input),
    onSuccess: invalidate,
  });
}

export function useDeleteContactPoint() {
  const invalidate = useInvalidateContactPoints();
  return useMutation({
    mutationFn: (id: string) => deleteContactPoint(id),
    onSuccess: invalidate,
  });
}
