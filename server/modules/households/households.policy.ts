import { ACCESS } from '../../../common/access.ts';

/**
 * Everyone reads households in their scope (cadres their unit's, the inspector all); admins, the
 * office and unit admins write them. Only roles that handle households may see personal data
 * unmasked (PIPL): each such read is audited. `mergeDuplicates`: see households registered twice
 * with one ID number across units (and merge them).
 */
export const householdPolicy = ACCESS.households;

/** 住户类别 (household_categories): everyone reads them, the admin changes them. */
export const householdCategoryPolicy = ACCESS.householdCategories;
