/** 局 / 局机关科室 / 局属单位 / 党总支 / 党支部 */
export type OrgKind = 'bureau' | 'office' | 'unit' | 'general_branch' | 'branch';

export const orgKinds: readonly OrgKind[] = [
  'bureau',
  'office',
  'unit',
  'general_branch',
  'branch',
];

export type Org = {
  id: string;
  parentId: string | null;
  name: string;
  kind: OrgKind;
  sortOrder: number;
  childCount: number;
  cadreCount: number;
  /** 上级单位 by name, top first (names only for units outside the reader's scope) */
  ancestorNames: string[];
};

export type OrgCreateInput = {
  name: string;
  kind: OrgKind;
  parentId: string | null;
};

export type OrgUpdateInput = Partial<Pick<Org, 'name' | 'kind' | 'parentId' | 'sortOrder'>>;

/** An org with its children, built on the client from `parentId`. */
export type OrgNode = Org & { children: OrgNode[] };
