import { ACCESS } from '../../../common/access.ts';

/** Accounts are managed by the system admin (SPEC §1: 系统管理员 — install, users, settings). */
export const userPolicy = { manage: ACCESS.users.write };

/** Roles bound to one unit: their scope is that unit and its sub-units. */
export { UNIT_BOUND_ROLES } from '../../../common/access.ts';
