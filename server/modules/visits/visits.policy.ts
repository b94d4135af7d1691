import { ACCESS, mayWriteCadreRecord } from '../../../common/access.ts';
import type { Actor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';

/** cadres log their own visits; unit admins and the office may log for a cadre in scope */
export const visitPolicy = ACCESS.visits;

/** A cadre account writes only its own visits. */
export function assertMayWriteFor(actor: Actor, cadreId: string): void {
  if (!mayWriteCadreRecord(ACCESS.visits, actor, cadreId)) throw new AppError('VISIT_NOT_OWN');
}
