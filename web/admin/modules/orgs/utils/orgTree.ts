import type { Org, OrgNode } from '../types/org';

function byOrder(a: OrgNode, b: OrgNode): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN');
}

/**
 * Builds the forest from the flat list. An org whose parent is not in the list is a root:
 * a unit admin sees only their own subtree, whose top has a parent they cannot see.
 */
export function buildOrgTree(orgs: readonly Org[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const org of orgs) nodes.set(org.id, { ...org, children: [] });
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort(byOrder);
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** The ids of an org and of everything below it (an org cannot be moved under these). */
export function subtreeIds(orgs: readonly Org[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const org of orgs) {
    if (!org.parentId) continue;
    const list = children.get(org.parentId) ?? [];
    list.push(org.id);
    children.set(org.parentId, list);
  }
  const ids = new Set<string>([rootId]);
  const queue = [rootId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const child of children.get(id) ?? []) {
      if (!ids.has(child)) {
        ids.add(child);
        queue.push(child);
      }
    }
  }
  return ids;
}

/**
 * Keeps the nodes whose name contains `query` and their ancestors; `expand` lists every
 * kept node with children so the matches are visible.
 */
export function filterOrgTree(
  roots: readonly OrgNode[],
  query: string,
): { roots: OrgNode[]; expand: string[] } {
  const needle = query.trim().toLowerCase();
  if (!needle) return { roots: [...roots], expand: [] };
  const expand: string[] = [];
  const visit = (node: OrgNode): OrgNode | null => {
    const children = node.children.map(visit).filter((child): child is OrgNode => child !== null);
    const matches = node.name.toLowerCase().includes(needle);
    if (!matches && children.length === 0) return null;
    if (children.length > 0) expand.push(node.id);
    return { ...node, children };
  };
  return {
    roots: roots.map(visit).filter((node): node is OrgNode => node !== null),
    expand,
  };
}

/** The ids of the first `depth` levels that have children — a tree opened this far by default. */
export function topLevelIds(roots: readonly OrgNode[], depth: number): string[] {
  const ids: string[] = [];
  const visit = (node: OrgNode, level: number) => {
    if (level >= depth || node.children.length === 0) return;
    ids.push(node.id);
    for (const child of node.children) visit(child, level + 1);
  };
  for (const root of roots) visit(root, 0);
  return ids;
}

/** The ids of the nodes above `id`, top first; empty when `id` is a root or not in the tree. */
export function ancestorIds(roots: readonly OrgNode[], id: string): string[] {
  const path: string[] = [];
  const visit = (node: OrgNode): boolean => {
    if (node.id === id) return true;
    path.push(node.id);
    if (node.children.some(visit)) return true;
    path.pop();
    return false;
  };
  return roots.some(visit) ? path : [];
}
