import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiRequest, type Page } from '../../../ui/api';
import { CONTACT_POINTS_PATH } from '../../contact-points/api/contactPointsApi';
import type { ContactPoint } from '../../contact-points/types/contactPoint';
import { useOrgs } from '../../orgs/hooks/useOrgs';
import { deleteVisit, fetchHouseholdsAt, updateVisit, visitKeys } from '../api/visitsApi';
import type { VisitUpdateInput } from '../types/visit';
import { useInvalidateVisitData } from './useOutbox';

export function useUpdateVisit() {
  const invalidate = useInvalidateVisitData();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: VisitUpdateInput }) => updateVisit(id, input),
    onSuccess: invalidate,
  });
}

export function useDeleteVisit() {
  const invalidate = useInvalidateVisitData();
  return useMutation({ mutationFn: deleteVisit, onSuccess: invalidate });
}

/** Kept for the whole session: the form must still open after the signal is gone. */
const LONG = { staleTime: 10 * 60_000, gcTime: 24 * 60 * 60_000 };

async function fetchAllContactPoints(): Promise<ContactPoint[]> {
  const items: ContactPoint[] = [];
  for (let page = 1; ; page++) {
    const next = await apiRequest<Page<ContactPoint>>(CONTACT_POINTS_PATH, {
      query: { page, pageSize: 200 },
    });
    items.push(...next.items);
    if (next.items.length === 0 || items.length >= next.total) return items;
  }
}

export function useAllContactPoints() {
  return useQuery({
    queryKey: ['contact-points', 'all'],
    queryFn: fetchAllContactPoints,
    ...LONG,
  });
}

/** The unit and every unit above it that the user can see. */
export function useOrgAndAncestors(orgId: string | null | undefined): Set<string> {
  const { byId } = useOrgs();
  return useMemo(() => {
    const ids = new Set<string>();
    let current = orgId ? byId.get(orgId) : undefined;
    if (orgId) ids.add(orgId);
    while (current?.parentId && !ids.has(current.parentId)) {
      ids.add(current.parentId);
      current = byId.get(current.parentId);
    }
    return ids;
  }, [orgId, byId]);
}

/**
 * The contact points a cadre of `orgId` may log visits at: those of his unit and of the units
 * above it (the server checks the same rule). A unit-bound user also reads the points of the units
 * above his scope; their units are not in his org list, so a point of an unknown unit is one of
 * those above.
 */
export function useContactPointsFor(orgId: string | null | undefined) {
  const points = useAllContactPoints();
  const { byId, isPending: orgsPending } = useOrgs();
  const chain = useOrgAndAncestors(orgId);
  const options = useMemo(
    () =>
      orgsPending
        ? []
        : (points.data ?? []).filter((p) => chain.has(p.orgId) || !byId.has(p.orgId)),
    [points.data, chain, byId, orgsPending],
  );
  return { ...points, isPending: points.isPending || orgsPending, options };
}

export function useHouseholdsAt(contactPointId: string | undefined) {
  return useQuery({
    queryKey: visitKeys.households(contactPointId ?? ''),
    queryFn: () => fetchHouseholdsAt(contactPointId ?? ''),
    enabled: Boolean(contactPointId),
    retry: false,
    ...LONG,
  });
}
