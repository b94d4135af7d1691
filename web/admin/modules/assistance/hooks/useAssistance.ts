import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assistanceKeys, createAssistance, updateAssistance } from '../api/assistanceApi';
import type { AssistanceInput } from '../types/assistance';

/** Create when `id` is empty, otherwise update (date, measure, result). */
export function useSaveAssistance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: AssistanceInput }) =>
      id
        ? updateAssistance(id, { date: input.date, measure: input.measure, result: input.result })
        : createAssistance(input),
    // the month's compliance counts assistance to poor households
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assistanceKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['compliance'] }),
      ]),
  });
}
