import { ALL_ROLES, type Role, WRITER_ROLES } from '../../platform/access.ts';

/**
 * Everyone reads households in their scope (cadres their unit's, the inspector all); admins, the
 * office and unit admins write them. Only roles that handle households may see personal data
 * unmasked (PIPL): each such read is audited.
 */
export const householdPolicy = {
  read: ALL_ROLES,
  write: WRITER_ROLES,
  reveal: ['admin', 'office', 'unit_admin'] as readonly Role[],
  /** see households registered twice with one ID number across units (and merge them) */
  mergeDuplicates: ['admin', 'office'] as readonly Role[],
};
