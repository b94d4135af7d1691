import type { Role } from '../../platform/access.ts';

/** The office reads the rules it works by; only the admin changes them. */
export const settingPolicy = {
  read: ['admin', 'office'] as readonly Role[],
  write: ['admin'] as readonly Role[],
};
