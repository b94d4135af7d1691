import { ACCESS, mayWriteCadreRecord } from '../../../common/access.ts';
import { todayInChina } from '../../../common/dates.ts';
import {
  type TLetterDelivery,
  type TLetterDeliveryCreate,
  ZLetterDetailsSchema,
} from '../../../common/letters.ts';
import { placeReadScopeOf, type RequestContext } from '../../platform/access.ts';
import { changeInScope } from '../../platform/audited.ts';
import { documentService } from '../../platform/documents/documents.service.ts';
import { documentKind } from '../../platform/documents/kind.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { findContactPoint } from '../contact-points/contact-points.service.ts';
import { deleteDelivery, findDelivery, insertDelivery, listDeliveries } from './letters.repo.ts';

/** 给群众的公开信: the reviewable-document kind `letter`, with its deliveries (寄发). */
export const letterWorkflow = documentKind('letter');
export const letterService = documentService('letter', ZLetterDetailsSchema);

/** A letter goes out once it is approved (printed for delivery) or published. */
const OUT = ['approved', 'published'] as const;

export async function deliveries(
  ctx: RequestContext,
  id: string,
): Promise<{ items: TLetterDelivery[] }> {
  await letterService.get(ctx, id);
  return { items: await listDeliveries(ctx.db, id) };
}

export async function addDelivery(ctx: RequestContext, id: string, input: TLetterDeliveryCreate) {
  await changeInScope(ctx, id, letterService.findFor(ctx), async (tx, letter) => {
    if (!mayWriteCadreRecord(ACCESS.documents, ctx.actor, letter.cadreId)) {
      throw new AppError('FORBIDDEN.ownDocument', { kind: letterService.label });
    }
    if (!(OUT as readonly string[]).includes(letter.state)) throw new AppError('LETTER_NOT_OUT');
    if (input.deliveredOn > todayInChina()) throw new AppError('LETTER_DELIVERY_FUTURE');
    if (input.contactPointId) {
      const point = await findContactPoint(tx, placeReadScopeOf(ctx.actor), input.contactPointId);
      if (!point) throw new AppError('NOT_FOUND.contactPoint');
    }
    const row = { documentId: id, ...input, createdBy: ctx.actor.userId };
    const deliveryId = await insertDelivery(tx, row);
    const summary = auditText.letterDelivery.create(letter.title, input.copies);
    return {
      action: 'create',
      entity: 'letter_delivery',
      entityId: deliveryId,
      summary,
      after: row,
    };
  });
  return deliveries(ctx, id);
}

export async function removeDelivery(ctx: RequestContext, id: string, deliveryId: string) {
  await changeInScope(ctx, id, letterService.findFor(ctx), async (tx, letter) => {
    if (!mayWriteCadreRecord(ACCESS.documents, ctx.actor, letter.cadreId)) {
      throw new AppError('FORBIDDEN.ownDocument', { kind: letterService.label });
    }
    const before = await findDelivery(tx, deliveryId);
    if (!before || before.documentId !== id) throw notFound();
    await deleteDelivery(tx, deliveryId);
    const summary = auditText.letterDelivery.delete(letter.title);
    return { action: 'delete', entity: 'letter_delivery', entityId: deliveryId, summary, before };
  });
}
