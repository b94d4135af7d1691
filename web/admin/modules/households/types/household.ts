import { ACCESS } from '../../../../../common/access.ts';
import type { THouseholdCategory, ZHouseholdSchema } from '../../../../../common/households.ts';
import type { TJson } from '../../../../../common/zod.ts';

export type {
  THouseholdCategory as HouseholdCategory,
  THouseholdMember as HouseholdMember,
} from '../../../../../common/households.ts';
// The shapes are the server's (common/households.ts); type-only, so no zod in the bundle.

/** 户 — `idNumber` and `phone` are masked unless `revealed`. */
export type Household = TJson<typeof ZHouseholdSchema>;

/**
 * The body of POST/PATCH /api/households: the record's own fields (the server's create schema
 * checks the ID number, so it stays on the server); `idNumber` undefined = unchanged, null = none.
 */
export type HouseholdInput = Pick<
  Household,
  'contactPointId' | 'headName' | 'address' | 'members' | 'categories' | 'notes'
> &
  Partial<Pick<Household, 'idNumber' | 'phone'>>;

export type HouseholdFilters = {
  q?: string;
  orgId?: string;
  contactPointId?: string;
  category?: THouseholdCategory;
  active?: boolean;
  /** households this cadre may pair with (his unit's and its ancestors' contact points) */
  pairableFor?: string;
  /** only households whose ID number is registered more than once (admin and office) */
  duplicateIdNumber?: boolean;
};

/** who may list the cross-unit duplicates (common/access.ts: households.mergeDuplicates) */
export const duplicateListRoles = ACCESS.households.mergeDuplicates;

export type HouseholdListParams = HouseholdFilters & { page: number; pageSize: number };
