import { apiRequest, type Page } from '../../../ui/api';
import type {
  Pairing,
  PairingListParams,
  PairingOverview,
  PairingOverviewParams,
} from '../types/pairing';

export const PAIRINGS_PATH = '/api/pairings';

export const pairingKeys = {
  all: ['pairings'] as const,
  list: (params: PairingListParams) => [...pairingKeys.all, 'list', params] as const,
  overview: (params: PairingOverviewParams) => [...pairingKeys.all, 'overview', params] as const,
};

export function fetchPairings(params: PairingListParams): Promise<Page<Pairing>> {
  return apiRequest<Page<Pairing>>(PAIRINGS_PATH, { query: { ...params } });
}

export function fetchPairingOverview(params: PairingOverviewParams): Promise<PairingOverview> {
  return apiRequest<PairingOverview>(`${PAIRINGS_PATH}/overview`, {
    query: { ...params, q: params.q?.trim() },
  });
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
