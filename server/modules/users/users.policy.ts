import type { Role as TRole } from '../../platform/access.ts';

/** Accounts are managed by the system admin (SPEC §1: 系统管理员 — install, users, settings). */
export const userPolicy = { manage: ['admin'] as readonly TRole[] };

/** Roles bound to one unit: their scope is that unit and its sub-units. */
export const UNIT_BOUND_ROLES: readonly TRole[] = ['unit_admin', 'cadre'];
