import { ACCESS, UNIT_BOUND_ROLES } from '../../../../../common/access.ts';
import type {
  ZPasswordChangeSchema,
  ZUserCreateSchema,
  ZUserSchema,
  ZUserUpdateSchema,
} from '../../../../../common/auth.ts';
import type { TJson } from '../../../../../common/zod.ts';
import type { Role } from '../../auth/types/auth';

// The shapes are the server's (common/auth.ts); the roles and who manages accounts are the one
// access table's (common/access.ts). Type-only imports of the schemas: no zod in the bundle.
export {
  ROLES as roles,
  UNIT_BOUND_ROLES as unitBoundRoles,
} from '../../../../../common/access.ts';

export function isUnitBound(role: Role | undefined): boolean {
  return role !== undefined && UNIT_BOUND_ROLES.includes(role);
}

/** A login account as the admin sees it (never the password). */
export type User = TJson<typeof ZUserSchema>;
export type UserInput = TJson<typeof ZUserCreateSchema>;
export type UserUpdateInput = TJson<typeof ZUserUpdateSchema>;
export type UserBinding = Pick<User, 'role' | 'orgId' | 'cadreId'>;
export type PasswordChangeInput = TJson<typeof ZPasswordChangeSchema>;

export type UserStatus = 'normal' | 'locked' | 'disabled';

/** 已停用 outranks 已锁定: a disabled account cannot log in even when unlocked. */
export function statusOf(user: Pick<User, 'locked' | 'disabled'>): UserStatus {
  if (user.disabled) return 'disabled';
  if (user.locked) return 'locked';
  return 'normal';
}

export type UserFilters = {
  q?: string;
  role?: Role;
  orgId?: string;
};

export type UserListParams = UserFilters & { page: number; pageSize: number };

/** Who manages accounts (SPEC §1: the system admin; common/access.ts). */
export const userManagerRoles = ACCESS.users.write;
