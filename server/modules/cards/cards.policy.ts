import { ACCESS, mayWriteCadreRecord } from '../../../common/access.ts';
import type { Actor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';

/** everyone reads the cards in his scope; a cadre keeps his own, writers any cadre's in scope */
export const cardPolicy = ACCESS.cards;

/** A cadre account changes only its own card and records (403 in words otherwise). */
export function assertMayWriteCard(actor: Actor, cadreId: string): void {
  if (!mayWriteCadreRecord(ACCESS.cards, actor, cadreId))
    throw new AppError('FORBIDDEN.cardNotOwn');
}
