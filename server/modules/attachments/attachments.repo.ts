import { and, eq, gte, inArray, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { attachments } from '../../db/schema/index.ts';
import { firstRow } from '../../platform/rows.repo.ts';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(db: DbOrTx, row: typeof attachments.$inferInsert) {
  const [r] = await db.insert(attachments).values(row).returning();
  if (!r) throw new Error('insert returned no row');
  return r;
}

/**
 * Gives each new owner a row of its old owner's files (the same stored bytes: files are never
 * deleted from the store, so two rows may point at one key); returns how many rows were made.
 */
export async function copyAttachmentRows(
  db: DbOrTx,
  ownerType: string,
  owners: { from: string; to: string }[],
): Promise<number> {
  const to = new Map(owners.map((o) => [o.from, o.to]));
  const rows = await listAttachmentsOf(db, ownerType, [...to.keys()]);
  if (rows.length === 0) return 0;
  await db.insert(attachments).values(
    rows.map(({ id: _id, createdAt: _c, ...r }) => ({
      ...r,
      ownerId: r.ownerId ? (to.get(r.ownerId) ?? null) : null,
    })),
  );
  return rows.length;
}

export async function findAttachment(db: DbOrTx, id: string) {
  return firstRow(db.select().from(attachments).where(eq(attachments.id, id)));
}

export async function listAttachmentsOf(db: DbOrTx, ownerType: string, ownerIds: string[]) {
  if (ownerIds.length === 0) return [];
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.ownerType, ownerType), inArray(attachments.ownerId, ownerIds)));
}

/** Gives the owner to those of `ids` that no record owns yet and that match `which`; how many. */
async function claim(
  db: DbOrTx,
  ids: string[],
  owner: { ownerType: string; ownerId: string },
  which: SQL | undefined,
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(attachments)
    .set(owner)
    .where(and(inArray(attachments.id, ids), which, isNull(attachments.ownerId)))
    .returning({ id: attachments.id });
  return rows.length;
}

/** Claims uploads of this user that no record owns yet; returns how many were claimed. */
export async function claimAttachments(
  db: DbOrTx,
  ids: string[],
  by: string,
  owner: { ownerType: string; ownerId: string },
): Promise<number> {
  return claim(
    db,
    ids,
    owner,
    and(eq(attachments.uploadedBy, by), eq(attachments.ownerType, 'upload')),
  );
}

/**
 * Claims anonymous uploads (no uploader) of the given owner type that no record owns yet and that
 * were made since `since`; returns how many were claimed.
 */
export async function claimAnonymousAttachments(
  db: DbOrTx,
  ids: string[],
  uploadType: string,
  since: Date,
  owner: { ownerType: string; ownerId: string },
): Promise<number> {
  return claim(
    db,
    ids,
    owner,
    and(
      isNull(attachments.uploadedBy),
      eq(attachments.ownerType, uploadType),
      gte(attachments.createdAt, since),
    ),
  );
}
