import { type Actor, ALL_ROLES, type Role } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';

export const visitPolicy = {
  read: ALL_ROLES,
  /** cadres log their own visits; unit admins and the office may log for a cadre in scope */
  write: ['admin', 'office', 'unit_admin', 'cadre'] as readonly Role[],
};

/** A cadre account writes only its own visits. */
export function assertMayWriteFor(actor: Actor, cadreId: string): void {
  if (actor.role === 'cadre' && actor.cadreId !== cadreId) throw new AppError('VISIT_NOT_OWN');
}
