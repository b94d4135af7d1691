import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { cadreKeys, fetchCadres } from '../api/cadresApi';
import type { CadreListParams } from '../types/cadre';

export function useCadres(params: CadreListParams) {
  return useQuery({
    queryKey: cadreKeys.list(params),
    queryFn: () => fetchCadres(params),
    placeholderData: keepPreviousData,
  });
}
