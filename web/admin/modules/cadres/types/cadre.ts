import type {
  ZCadreCreateSchema,
  ZCadreSchema,
  ZCadreUpdateSchema,
} from '../../../../../common/org.ts';
import type { TRank } from '../../../../../common/terms.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/org.ts); type-only, so no zod in the bundle.
export {
  GENDERS as genders,
  RANKS as cadreRanks,
  type TGender as Gender,
  type TRank as CadreRank,
} from '../../../../../common/terms.ts';
export type Cadre = TJson<typeof ZCadreSchema>;
export type CadreInput = TJson<typeof ZCadreCreateSchema>;
export type CadreUpdateInput = TJson<typeof ZCadreUpdateSchema>;

/** The filters of the cadre list (also used for the export). */
export type CadreFilters = {
  q?: string;
  orgId?: string;
  rank?: TRank;
  leading?: boolean;
  active?: boolean;
};

export type CadreListParams = CadreFilters & { page: number; pageSize: number };
