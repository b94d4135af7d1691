import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useInvalidate, useRowChange, useSave } from '../../../ui/list/mutations';
import {
  confirmReceipt,
  createMaterial,
  deleteMaterial,
  fetchSendings,
  markStudied,
  materialKeys,
  sendMaterial,
  sendReminders,
  updateMaterial,
  withdrawSending,
} from '../api/materialsApi';
import type { MaterialInput, ReceiptInput, SendInput } from '../types/material';

export const useSaveMaterial = () =>
  useSave(
    (input: MaterialInput) => createMaterial(input),
    (id: string, input: MaterialInput) => updateMaterial(id, input),
    materialKeys.all,
  );

export const useDeleteMaterial = () => useRowChange((id) => deleteMaterial(id), materialKeys.all);

/** A material's sendings in the reader's scope, a page at a time. */
export function useSendings(
  id: string | null,
  query: { page: number; pageSize: number; received?: boolean },
) {
  return useQuery({
    queryKey: materialKeys.sendings(id ?? '', query),
    queryFn: () => fetchSendings(id ?? '', query),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

export function useSendMaterial(id: string) {
  const onSuccess = useInvalidate(materialKeys.all);
  return useMutation({ mutationFn: (input: SendInput) => sendMaterial(id, input), onSuccess });
}

export function useConfirmReceipt(id: string) {
  const onSuccess = useInvalidate(materialKeys.all);
  return useMutation({
    mutationFn: ({ sendingId, input }: { sendingId: string; input: ReceiptInput }) =>
      confirmReceipt(id, sendingId, input),
    onSuccess,
  });
}

export const useWithdrawSending = (id: string) =>
  useRowChange((sendingId) => withdrawSending(id, sendingId), materialKeys.all);

export function useReminders() {
  const onSuccess = useInvalidate(materialKeys.all);
  return useMutation({
    mutationFn: (input: { materialId?: string; dryRun: boolean }) => sendReminders(input),
    onSuccess,
  });
}

export function useMarkStudied() {
  const onSuccess = useInvalidate(materialKeys.all);
  return useMutation({ mutationFn: (id: string) => markStudied(id), onSuccess });
}
