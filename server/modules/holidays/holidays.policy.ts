import { ALL_ROLES, type Role } from '../../platform/access.ts';

/** Everyone sees the calendar (due dates depend on it); the office keeps it. */
export const holidayPolicy = {
  read: ALL_ROLES,
  write: ['admin', 'office'] as readonly Role[],
};
