import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { contactPoints, letterDeliveries } from '../../db/schema/index.ts';
import { firstRow, rowsById } from '../../platform/rows.repo.ts';

/** 寄发: the deliveries of one letter, in the order they were made. */
export function listDeliveries(db: DbOrTx, documentId: string) {
  return db
    .select({
      id: letterDeliveries.id,
      contactPointId: letterDeliveries.contactPointId,
      contactPointName: contactPoints.name,
      recipients: letterDeliveries.recipients,
      households: letterDeliveries.households,
      copies: letterDeliveries.copies,
      deliveredOn: letterDeliveries.deliveredOn,
      note: letterDeliveries.note,
      createdAt: letterDeliveries.createdAt,
    })
    .from(letterDeliveries)
    .leftJoin(contactPoints, eq(contactPoints.id, letterDeliveries.contactPointId))
    .where(eq(letterDeliveries.documentId, documentId))
    .orderBy(asc(letterDeliveries.deliveredOn), asc(letterDeliveries.id));
}

export function findDelivery(db: DbOrTx, id: string) {
  return firstRow(db.select().from(letterDeliveries).where(eq(letterDeliveries.id, id)));
}

const deliveryRows = rowsById(letterDeliveries);
export const insertDelivery = deliveryRows.insert;
export const deleteDelivery = deliveryRows.remove;
