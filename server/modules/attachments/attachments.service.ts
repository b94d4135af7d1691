import { v7 as uuidv7 } from 'uuid';
import type { DbOrTx } from '../../db/client.ts';
import type { RequestContext } from '../../platform/access.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { type FileStore, sha256 } from '../../platform/files.ts';
import {
  type AttachmentRow,
  claimAnonymousAttachments,
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

/** What each type is called in a refusal */
const TYPE_NAMES: Record<string, string> = {
  'image/jpeg': ' JPG ',
  'image/png': ' PNG ',
  'image/webp': ' WEBP ',
  'image/heic': ' HEIC ',
  'application/pdf': ' PDF ',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ' Word（.docx）',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ' Excel（.xlsx）',
  'application/msword': ' Word（.doc）',
};

/** Shown in the browser (a photo); everything else (PDF, Office) is downloaded, never rendered. */
export const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic']);

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

async function store(
  db: DbOrTx,
  files: FileStore,
  file: { fileName: string; mimeType: string; data: Buffer },
  ext: string,
  owner: { ownerType: string; uploadedBy: string | null },
): Promise<AttachmentRow> {
  const id = uuidv7();
  const storageKey = `${new Date().toISOString().slice(0, 7)}/${id}${ext}`;
  await files.put(storageKey, file.data);
  return insertAttachment(db, {
    id,
    ...owner,
    ownerId: null,
    fileName: file.fileName.slice(0, 200) || `file${ext}`,
    mimeType: file.mimeType,
    size: file.data.length,
    storageKey,
    sha256: sha256(file.data),
  });
}

/** Stores an upload that no record owns yet; a later write claims it by id. */
export async function upload(
  ctx: RequestContext,
  files: FileStore,
  file: { fileName: string; mimeType: string; data: Buffer },
): Promise<TAttachment> {
  const ext = ALLOWED_TYPES[file.mimeType];
  if (!ext) throw new AppError('FILE_TYPE');
  if (file.data.length === 0) throw new AppError('FILE_EMPTY');
  // the same check as a citizen's upload: no page or script poses as a photo or a document
  if (!looksLike(file.mimeType, file.data)) {
    throw new AppError('FILE_TYPE.mismatch', { type: TYPE_NAMES[file.mimeType] ?? '该类型' });
  }
  const row = await store(ctx.db, files, file, ext, {
    ownerType: 'upload',
    uploadedBy: ctx.actor.userId,
  });
  return toAttachment(row);
}

/** An anonymous upload waits under this owner type until a citizen's submission claims it. */
export const PUBLIC_UPLOAD = 'public_upload';
/** What a citizen may attach to a submission: photos and PDF scans, each at most 5 MB. */
export const PUBLIC_TYPES: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/heic': '.heic',
  'application/pdf': '.pdf',
};
export const PUBLIC_MAX_BYTES = 5 * 1024 * 1024;
/** An anonymous upload must be claimed within this time; older ones are refused. */
export const PUBLIC_CLAIM_HOURS = 24;

const ascii = (data: Buffer, from: number, to: number) =>
  data.subarray(from, to).toString('latin1');
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
/** A ZIP archive (Word/Excel 2007+) whose entries include the part that makes it that document. */
const zipWith = (data: Buffer, part: string) =>
  ascii(data, 0, 4) === 'PK\x03\x04' && data.includes('[Content_Types].xml') && data.includes(part);
/** OLE2 compound file: the old Word (.doc) format */
const OLE2 = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/** Whether the bytes are what the declared type says (so no page or script poses as a photo). */
export function looksLike(mimeType: string, data: Buffer): boolean {
  switch (mimeType) {
    case 'image/jpeg':
      return data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
    case 'image/png':
      return ascii(data, 0, 8) === '\x89PNG\r\n\x1a\n';
    case 'image/webp':
      return ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 12) === 'WEBP';
    case 'image/heic':
      return ascii(data, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(data, 8, 12));
    case 'application/pdf':
      return ascii(data, 0, 5) === '%PDF-';
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return zipWith(data, 'word/');
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
      return zipWith(data, 'xl/');
    case 'application/msword':
      return data.subarray(0, 8).equals(OLE2);
    default:
      return false;
  }
}

/** A citizen's upload without an account: type checked by its bytes, nobody can read it back. */
export async function uploadPublic(
  db: DbOrTx,
  files: FileStore,
  file: { fileName: string; mimeType: string; data: Buffer },
): Promise<Omit<TAttachment, 'url'>> {
  const ext = PUBLIC_TYPES[file.mimeType];
  if (!ext) throw new AppError('FILE_TYPE.public');
  if (file.data.length === 0) throw new AppError('FILE_EMPTY');
  if (file.data.length > PUBLIC_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE.public', { mb: PUBLIC_MAX_BYTES / 1024 / 1024 });
  if (!looksLike(file.mimeType, file.data)) {
    throw new AppError('FILE_TYPE.publicMismatch');
  }
  const row = await store(db, files, file, ext, { ownerType: PUBLIC_UPLOAD, uploadedBy: null });
  return { id: row.id, fileName: row.fileName, mimeType: row.mimeType, size: row.size };
}

/**
 * Attaches anonymous uploads to a citizen's record inside its transaction: only uploads nobody has
 * claimed, made in the last PUBLIC_CLAIM_HOURS; anything else fails the whole submission.
 */
export async function claimPublic(
  tx: DbOrTx,
  ids: string[],
  owner: { ownerType: string; ownerId: string },
  now = new Date(),
): Promise<void> {
  const unique = [...new Set(ids)];
  const since = new Date(now.getTime() - PUBLIC_CLAIM_HOURS * 3_600_000);
  const claimed = await claimAnonymousAttachments(tx, unique, PUBLIC_UPLOAD, since, owner);
  if (claimed !== unique.length) {
    throw new AppError('ATTACHMENT_INVALID.public', { hours: PUBLIC_CLAIM_HOURS });
  }
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

// ---- for other modules: they call these, never ./attachments.repo.ts (lint rule) ----------------
// Each runs on the db or transaction the caller passes, so it joins the caller's transaction.

/** The row of a file already in the store (a channel's intake writes files, then rows). */
/** A copied record's files: the same stored bytes under the new owners (a campaign's copy). */
export { copyAttachmentRows, insertAttachment } from './attachments.repo.ts';
