import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchAllOrgs, orgKeys } from '../api/orgsApi';
import type { Org, OrgNode } from '../types/org';
import { buildOrgTree } from '../utils/orgTree';

/** The units the user may see: flat, by id, and as a tree. */
export function useOrgs() {
  const query = useQuery({ queryKey: orgKeys.list(), queryFn: fetchAllOrgs });
  const { orgs, byId, tree } = useMemo(() => {
    const list: Org[] = query.data ?? [];
    const map = new Map<string, Org>(list.map((org) => [org.id, org]));
    const roots: OrgNode[] = buildOrgTree(list);
    return { orgs: list, byId: map, tree: roots };
  }, [query.data]);
  return { ...query, orgs, byId, tree };
}
