import { ALL_ROLES, type Role } from '../../platform/access.ts';

/**
 * Everyone reads the assistance records of the cadres in their scope. Cadres record their own;
 * unit admins, the office and admins record for any cadre in their scope.
 */
export const assistancePolicy = {
  read: ALL_ROLES,
  write: ['admin', 'office', 'unit_admin', 'cadre'] as readonly Role[],
};
