import type { ReactNode } from 'react';
import { useCurrentUser } from '../hooks/useCurrentUser';
import type { Role } from '../types/auth';

type RequireRoleProps = {
  roles: readonly Role[];
  /** Shown to everyone else (the server refuses their requests anyway). */
  fallback: ReactNode;
  children: ReactNode;
};

export function RequireRole({ roles, fallback, children }: RequireRoleProps) {
  const user = useCurrentUser();
  return roles.includes(user.role) ? children : fallback;
}
