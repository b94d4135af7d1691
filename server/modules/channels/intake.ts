import { v7 as uuidv7 } from 'uuid';
import { MAX_CASE_CONTENT } from '../../../common/cases.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction, pgCode, UNIQUE_VIOLATION } from '../../db/tx.ts';
import { AppError } from '../../platform/errors.ts';
import { type FileStore, sha256 } from '../../platform/files.ts';
import { ALLOWED_TYPES, insertAttachment } from '../attachments/attachments.service.ts';
import {
  addInternalNote,
  CASE_ATTACHMENT_OWNER,
  createCaseInTx,
  findCaseByExternalRef,
  findIntakeDefaultCategory,
  type NewCase,
  type Who,
} from '../cases/cases.service.ts';

/**
 * The category a case from mail or SMS starts in — the citizen chose none: the one the office
 * flagged 默认类别 in 类别与时限 (data). The case waits there, 待受理, for staff to classify it on 受理.
 */
export async function defaultCategoryId(db: Db): Promise<string> {
  const category = await findIntakeDefaultCategory(db);
  if (!category) throw new AppError('CASE_CATEGORY.noDefault');
  return category.id;
}

const TRUNCATED = '\n……（原文过长，以上为前一部分）';

/**
 * Text from a machine channel (an SMTP mail, an SMS gateway) is not a form: nobody is there to be
 * refused, so it is cut to fit — visibly. The cut is marked in the text and listed in `cuts`,
 * which `intakeCase` records on the case as a staff note (“原文过长，已截断：…”).
 */
export type Cuts = string[];

/** A case's content from a channel's free text: never empty, never over MAX_CASE_CONTENT. */
export function fitContent(text: string, empty: string, cuts?: Cuts): string {
  const t = text.trim();
  if (!t) return empty;
  if (t.length <= MAX_CASE_CONTENT) return t;
  const kept = MAX_CASE_CONTENT - TRUNCATED.length;
  cuts?.push(`正文原有 ${t.length} 字，保存了前 ${kept} 字`);
  return t.slice(0, kept) + TRUNCATED;
}

/** A short field from a channel (the sender's name), cut to `max` and listed in `cuts` if longer. */
export function fitField(text: string, max: number, what: string, cuts: Cuts): string {
  if (text.length <= max) return text;
  cuts.push(`${what}原有 ${text.length} 字，保存了前 ${max} 字`);
  return text.slice(0, max);
}

/** The staff-only note on a case whose channel message was cut to fit. */
export const truncatedNote = (cuts: Cuts) => `原文过长，已截断：${cuts.join('；')}`;

/** A file that came with a message (a mail attachment). */
export type IncomingFile = { fileName: string; mimeType: string; data: Buffer };

/** Only the types staff may upload are kept: a mail's HTML or executables never reach a browser. */
export const keepsFile = (f: IncomingFile) =>
  Boolean(ALLOWED_TYPES[f.mimeType]) && f.data.length > 0;

export type IntakeResult = { trackingCode: string; created: boolean };

/** What makes two messages with one external ref the same message: the sender and the words. */
function sameMessage(
  a: { content: string; citizenEmail: string | null; citizenPhone: string | null },
  b: NewCase,
): boolean {
  return (
    a.content === b.content &&
    (a.citizenEmail ?? null) === (b.citizenEmail ?? null) &&
    (a.citizenPhone ?? null) === (b.citizenPhone ?? null)
  );
}

/** The staff-only note on a case whose message reused the id of an earlier, different message. */
export const possibleDuplicateNote = (firstCode: string) =>
  `疑似重复：本件与查询码 ${firstCode} 的来件使用同一消息标识（Message-ID），但发件人或内容不同，请核对是否重复或被冒用`;

/**
 * A case from a channel message, once: a message the channel delivers again (same external ref,
 * same sender and content) gives back the case it already made. A DIFFERENT message reusing an
 * external ref is not dropped: it becomes its own case under the ref plus a hash of its sender and
 * content (so its own redelivery is deduplicated too), with a staff-only 内部备注 naming the first
 * case as a possible duplicate. Files are written to the store first, then the case, its event,
 * audit row, attachment rows and acknowledgement commit in one transaction; if that fails the
 * files are removed again.
 */
export async function intakeCase(
  db: Db,
  store: FileStore,
  who: Who,
  given: NewCase & { externalRef: string },
  opts: { summary: string; acknowledge?: boolean; files?: IncomingFile[]; cuts?: Cuts },
): Promise<IntakeResult> {
  let input = given;
  let firstOfRef: { trackingCode: string } | null = null;
  const existing = await findCaseByExternalRef(db, input.channel, input.externalRef);
  if (existing) {
    if (sameMessage(existing, input))
      return { trackingCode: existing.trackingCode, created: false };
    const fingerprint = sha256(
      Buffer.from(
        JSON.stringify([input.citizenEmail ?? null, input.citizenPhone ?? null, input.content]),
      ),
    );
    const ref = `${input.externalRef.slice(0, 420)} sha256:${fingerprint}`;
    const again = await findCaseByExternalRef(db, input.channel, ref);
    if (again) return { trackingCode: again.trackingCode, created: false };
    input = { ...input, externalRef: ref };
    firstOfRef = existing;
  }

  const stored: { id: string; key: string; file: IncomingFile }[] = [];
  try {
    for (const file of opts.files ?? []) {
      const id = uuidv7();
      const key = `${new Date().toISOString().slice(0, 7)}/${id}${ALLOWED_TYPES[file.mimeType] ?? ''}`;
      await store.put(key, file.data);
      stored.push({ id, key, file });
    }
    const row = await inTransaction(db, async (tx) => {
      const c = await createCaseInTx(tx, who, input, opts);
      if (firstOfRef) {
        await addInternalNote(tx, c.id, possibleDuplicateNote(firstOfRef.trackingCode));
      }
      if (opts.cuts?.length) {
        await addInternalNote(tx, c.id, truncatedNote(opts.cuts));
      }
      for (const s of stored) {
        await insertAttachment(tx, {
          id: s.id,
          ownerType: CASE_ATTACHMENT_OWNER,
          ownerId: c.id,
          // a file's name, not its content: a sender's 300-character name keeps its first 200
          fileName: s.file.fileName.slice(0, 200),
          mimeType: s.file.mimeType,
          size: s.file.data.length,
          storageKey: s.key,
          sha256: sha256(s.file.data),
          uploadedBy: null,
        });
      }
      return c;
    });
    return { trackingCode: row.trackingCode, created: true };
  } catch (err) {
    await Promise.all(stored.map((s) => store.remove(s.key).catch(() => undefined)));
    // the same message arriving twice at once: the unique (channel, external_ref) decides
    if (pgCode(err) === UNIQUE_VIOLATION) {
      const again = await findCaseByExternalRef(db, input.channel, input.externalRef);
      if (again) return { trackingCode: again.trackingCode, created: false };
    }
    throw err;
  }
}
