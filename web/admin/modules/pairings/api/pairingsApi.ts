import { apiRequest, type Page } from '../../../ui/api';
import type { Pairing, PairingListParams } from '../types/pairing';

export const PAIRINGS_PATH = '/api/pairings';

export const pairingKeys = {
  all: ['pairings'] as const,
  list: (params: PairingListParams) => [...pairingKeys.all, 'list', params] as const,
  overviews: () => [...pairingKeys.all, 'overview'] as const,
};

export function fetchPairings(params: PairingListParams): Promise<Page<Pairing>> {
  return apiRequest<Page<Pairing>>(PAIRINGS_PATH, { query: { ...params } });
}

export function createPairings(input: {
  cadreId: string;
  householdIds: string[];
  startDate: string;
}): Promise<{ items: Pairing[] }> {
  return apiRequest<{ items: Pairing[] }>(PAIRINGS_PATH, { method: 'POST', body: input });
}

export function endPairing(
  id: string,
  input: { endDate: string; reason: string },
): Promise<Pairing> {
  return apiRequest<Pairing>(`${PAIRINGS_PATH}/${encodeURIComponent(id)}/end`, {
    method: 'POST',
    body: input,
  });
}
