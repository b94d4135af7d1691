import { v7 as uuidv7 } from 'uuid';
import type { DbOrTx } from '../../db/client.ts';
import type { RequestContext } from '../../platform/access.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { type FileStore, sha256 } from '../../platform/files.ts';
import {
  type AttachmentRow,
  claimAttachments,
  findAttachment,
  insertAttachment,
  listAttachmentsOf,
} from './attachments.repo.ts';

/** Types a user may upload: photos, scans and office documents. */
export const ALLOWED_TYPES: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/heic': '.heic',
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/msword': '.doc',
};

/**
 * Who may read an attachment owned by a record: each owning module registers a check that answers
 * whether the record is in the user's scope.
 */
export type OwnerAccess = (ctx: RequestContext, ownerId: string) => Promise<boolean>;
const ownerAccess = new Map<string, OwnerAccess>();
export function registerAttachmentOwner(ownerType: string, canRead: OwnerAccess): void {
  ownerAccess.set(ownerType, canRead);
}

export type TAttachment = Pick<AttachmentRow, 'id' | 'fileName' | 'mimeType' | 'size'> & {
  url: string;
};
export const toAttachment = (a: AttachmentRow): TAttachment => ({
  id: a.id,
  fileName: a.fileName,
  mimeType: a.mimeType,
  size: a.size,
  url: `/api/attachments/${a.id}`,
});

/** Stores an upload that no record owns yet; a later write claims it by id. */
export async function upload(
  ctx: RequestContext,
  store: FileStore,
  file: { fileName: string; mimeType: string; data: Buffer },
): Promise<TAttachment> {
  const ext = ALLOWED_TYPES[file.mimeType];
  if (!ext) throw new AppError('FILE_TYPE');
  if (file.data.length === 0) throw new AppError('FILE_EMPTY');
  const id = uuidv7();
  const storageKey = `${new Date().toISOString().slice(0, 7)}/${id}${ext}`;
  await store.put(storageKey, file.data);
  const row = await insertAttachment(ctx.db, {
    id,
    ownerType: 'upload',
    ownerId: null,
    fileName: file.fileName.slice(0, 200) || `file${ext}`,
    mimeType: file.mimeType,
    size: file.data.length,
    storageKey,
    sha256: sha256(file.data),
    uploadedBy: ctx.actor.userId,
  });
  return toAttachment(row);
}

export async function openForRead(ctx: RequestContext, store: FileStore, id: string) {
  const row = await findAttachment(ctx.db, id);
  if (!row) throw notFound();
  const mine = row.uploadedBy === ctx.actor.userId;
  const check = ownerAccess.get(row.ownerType);
  const allowed = mine || (row.ownerId !== null && check ? await check(ctx, row.ownerId) : false);
  if (!allowed) throw notFound();
  return { row, stream: store.open(row.storageKey) };
}

/** Attaches the user's uploads to a record, inside the record's transaction. */
export async function claim(
  tx: DbOrTx,
  ctx: RequestContext,
  ids: string[],
  owner: { ownerType: string; ownerId: string },
): Promise<void> {
  const unique = [...new Set(ids)];
  const claimed = await claimAttachments(tx, unique, ctx.actor.userId, owner);
  if (claimed !== unique.length) throw new AppError('ATTACHMENT_INVALID');
}

export async function listOf(db: DbOrTx, ownerType: string, ownerIds: string[]) {
  const rows = await listAttachmentsOf(db, ownerType, ownerIds);
  const byOwner = new Map<string, TAttachment[]>();
  for (const r of rows) {
    if (!r.ownerId) continue;
    byOwner.set(r.ownerId, [...(byOwner.get(r.ownerId) ?? []), toAttachment(r)]);
  }
  return byOwner;
}
