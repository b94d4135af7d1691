import { describe, expect, it } from 'vitest';
import type { Org } from '../types/org';
import { ancestorIds, buildOrgTree, filterOrgTree, subtreeIds, topLevelIds } from './orgTree';

function makeOrg(id: string, parentId: string | null, name = id, sortOrder = 0): Org {
  return {
    id,
    parentId,
    name,
    kind: 'unit',
    sortOrder,
    childCount: 0,
    cadreCount: 0,
    ancestorNames: [],
  };
}

// bureau → (office, centre → (branch A, branch B))
const orgs: Org[] = [
  makeOrg('centre', 'bureau', '推广中心', 2),
  makeOrg('bureau', null, '农业局'),
  makeOrg('office', 'bureau', '办公室', 1),
  makeOrg('branchB', 'centre', '第二党支部', 2),
  makeOrg('branchA', 'centre', '第一党支部', 1),
];

describe('buildOrgTree', () => {
  it('nests children under parents in sort order', () => {
    const [root] = buildOrgTree(orgs);
    expect(root?.id).toBe('bureau');
    expect(root?.children.map((child) => child.id)).toEqual(['office', 'centre']);
    expect(root?.children[1]?.children.map((child) => child.id)).toEqual(['branchA', 'branchB']);
  });

  it("treats an org whose parent is out of scope as a root (a unit admin's view)", () => {
    const roots = buildOrgTree(orgs.filter((org) => org.id !== 'bureau' && org.id !== 'office'));
    expect(roots.map((root) => root.id)).toEqual(['centre']);
  });
});

describe('filterOrgTree', () => {
  it('keeps matches with their ancestors and opens the path to them', () => {
    const { roots, expand } = filterOrgTree(buildOrgTree(orgs), '第二');
    expect(roots[0]?.children.map((child) => child.id)).toEqual(['centre']);
    expect(roots[0]?.children[0]?.children.map((child) => child.id)).toEqual(['branchB']);
    expect(expand.sort()).toEqual(['bureau', 'centre']);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterOrgTree(buildOrgTree(orgs), '不存在').roots).toEqual([]);
  });
});

describe('subtreeIds / ancestorIds / topLevelIds', () => {
  it('lists an org and everything below it', () => {
    expect([...subtreeIds(orgs, 'centre')].sort()).toEqual(['branchA', 'branchB', 'centre']);
  });

  it('lists the path from the root down to an org', () => {
    expect(ancestorIds(buildOrgTree(orgs), 'branchB')).toEqual(['bureau', 'centre']);
    expect(ancestorIds(buildOrgTree(orgs), 'bureau')).toEqual([]);
  });

  it('opens only the first levels that have children', () => {
    expect(topLevelIds(buildOrgTree(orgs), 1)).toEqual(['bureau']);
    expect(topLevelIds(buildOrgTree(orgs), 2)).toEqual(['bureau', 'centre']);
  });
});
