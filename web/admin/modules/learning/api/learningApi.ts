import { apiRequest } from '../../../ui/api';
import type { UnitParticipation } from '../types/learning';

export const PARTICIPATION_PATH = '/api/learning/participation';

export const learningKeys = {
  all: ['learning'] as const,
  lists: () => [...learningKeys.all, 'list'] as const,
  units: (f: { orgId?: string; campaignId?: string }) =>
    [...learningKeys.all, 'units', f.orgId ?? '', f.campaignId ?? ''] as const,
};

export function fetchUnitParticipation(f: { orgId?: string; campaignId?: string }) {
  return apiRequest<UnitParticipation>('/api/learning/units', { query: f });
}
