/** 县级 / 科级 / 一般 */
export type CadreRank = 'county' | 'section' | 'other';
export const cadreRanks: readonly CadreRank[] = ['county', 'section', 'other'];

export type Gender = 'male' | 'female';
export const genders: readonly Gender[] = ['male', 'female'];

export type Cadre = {
  id: string;
  orgId: string;
  orgName: string;
  name: string;
  gender: Gender | null;
  rank: CadreRank;
  post: string;
  phone: string | null;
  email: string | null;
  /** 领导干部 — holds a leading post */
  leading: boolean;
  partyMember: boolean;
  /** false = 已停用 */
  active: boolean;
  createdAt: string;
  updatedAt: string;
};

export type CadreInput = Omit<Cadre, 'id' | 'orgName' | 'createdAt' | 'updatedAt' | 'active'>;

export type CadreUpdateInput = Partial<CadreInput & { active: boolean }> & {
  /** YYYY-MM-DD, the day a changed rank takes effect (default today) */
  rankEffectiveFrom?: string;
};

/** The filters of the cadre list (also used for the export). */
export type CadreFilters = {
  q?: string;
  orgId?: string;
  rank?: CadreRank;
  leading?: boolean;
  active?: boolean;
};

export type CadreListParams = CadreFilters & { page: number; pageSize: number };
