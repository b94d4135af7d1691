import { type Actor, ALL_ROLES, type Role, WRITER_ROLES } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';

export const orgPolicy = {
  read: ALL_ROLES,
  write: WRITER_ROLES,
  /** Top-level units (no parent) are the campaign office's to create. */
  createRoot: ['admin', 'office'] as readonly Role[],
};

/** A unit admin may not move or delete the unit their own account hangs on. */
export function assertNotOwnRoot(actor: Actor, orgPath: string): void {
  if (actor.role === 'unit_admin' && actor.orgPath === orgPath)
    throw new AppError('ORG_ROOT_LOCKED');
}
