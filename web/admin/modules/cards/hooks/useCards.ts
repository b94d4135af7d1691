import { useMutation, useQuery } from '@tanstack/react-query';
import { useInvalidate, useRowChange } from '../../../ui/list/mutations';
import {
  cardKeys,
  createCardRecord,
  deleteCardRecord,
  fetchCard,
  fetchCardRecords,
  saveCard,
} from '../api/cardsApi';
import type { CadreCardInput, CardRecordInput } from '../types/card';

export function useCard(cadreId: string | undefined) {
  return useQuery({
    queryKey: cardKeys.card(cadreId ?? ''),
    queryFn: () => fetchCard(cadreId as string),
    enabled: Boolean(cadreId),
  });
}

export function useSaveCard(cadreId: string) {
  const onSuccess = useInvalidate(cardKeys.card(cadreId));
  return useMutation({
    mutationFn: (input: CadreCardInput) => saveCard(cadreId, input),
    onSuccess,
  });
}

export function useCardRecords(cadreId: string) {
  return useQuery({
    queryKey: cardKeys.records(cadreId),
    queryFn: () => fetchCardRecords(cadreId),
  });
}

export function useCreateCardRecord(cadreId: string) {
  const onSuccess = useInvalidate(cardKeys.records(cadreId));
  return useMutation({
    mutationFn: (input: CardRecordInput) => createCardRecord(cadreId, input),
    onSuccess,
  });
}

export const useDeleteCardRecord = (cadreId: string) =>
  useRowChange((id) => deleteCardRecord(id), cardKeys.records(cadreId));
