import type { Role } from '../../auth/types/auth';

/** Every role, in the order the menus list them. */
export const roles: readonly Role[] = ['admin', 'office', 'unit_admin', 'cadre', 'inspector'];

/** Roles bound to one unit (their scope is that unit and its sub-units). */
export const unitBoundRoles: readonly Role[] = ['unit_admin', 'cadre'];

export function isUnitBound(role: Role | undefined): boolean {
  return role !== undefined && unitBoundRoles.includes(role);
}

/** A login account as the admin sees it (never the password). */
export type User = {
  id: string;
  username: string;
  name: string;
  role: Role;
  orgId: string | null;
  orgName: string | null;
  cadreId: string | null;
  cadreName: string | null;
  /** locked after too many failed logins */
  locked: boolean;
  disabled: boolean;
};

export type UserStatus = 'normal' | 'locked' | 'disabled';

/** 已停用 outranks 已锁定: a disabled account cannot log in even when unlocked. */
export function statusOf(user: Pick<User, 'locked' | 'disabled'>): UserStatus {
  if (user.disabled) return 'disabled';
  if (user.locked) return 'locked';
  return 'normal';
}

export type UserBinding = {
  role: Role;
  orgId: string | null;
  cadreId: string | null;
};

export type UserInput = UserBinding & {
  username: string;
  name: string;
  password: string;
};

export type UserUpdateInput = Partial<UserBinding> & {
  name?: string;
  /** 重置密码 */
  password?: string;
  disabled?: boolean;
  /** 解除锁定 */
  unlock?: true;
};

export type UserFilters = {
  q?: string;
  role?: Role;
  orgId?: string;
};

export type UserListParams = UserFilters & { page: number; pageSize: number };

export type PasswordChangeInput = {
  currentPassword: string;
  newPassword: string;
};

/** Who manages accounts (SPEC §1: the system admin). */
export const userManagerRoles: readonly Role[] = ['admin'];
