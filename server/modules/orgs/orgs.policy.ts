import { ACCESS } from '../../../common/access.ts';
import type { Actor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';

/** Top-level units (no parent) are the campaign office's to create (`createRoot`). */
export const orgPolicy = ACCESS.orgs;

/** A unit admin may not move or delete the unit their own account hangs on. */
export function assertNotOwnRoot(actor: Actor, orgPath: string): void {
  if (actor.role === 'unit_admin' && actor.orgPath === orgPath)
    throw new AppError('ORG_ROOT_LOCKED');
}
