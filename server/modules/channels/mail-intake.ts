import { type AddressObject, simpleParser } from 'mailparser';
import { MAX_LEN } from '../../../common/limits.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { type FileStore, sha256 } from '../../platform/files.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { htmlToText } from '../../platform/mail/html-text.ts';
import type { IncomingMail } from '../../platform/mail/smtp-listener.ts';
import { findActiveCadreByEmail } from './channels.repo.ts';
import {
  type Cuts,
  defaultCategoryId,
  fitContent,
  fitField,
  type IncomingFile,
  type IntakeResult,
  intakeCase,
  keepsFile,
} from './intake.ts';

/** At most this many files of one mail are kept with the case. */
export const MAX_MAIL_ATTACHMENTS = 10;

export type MailIntakeDeps = { db: Db; files: FileStore; config: Pick<Config, 'mail'> };

/** Ours: the public 四风 mailbox or an active cadre's own 电子信箱 (case-insensitive). */
export async function acceptsRecipient(deps: MailIntakeDeps, address: string): Promise<boolean> {
  const a = address.trim().toLowerCase();
  if (a === deps.config.mail.publicAddress) return true;
  return Boolean(await findActiveCadreByEmail(deps.db, a));
}

function firstAddress(a: AddressObject | AddressObject[] | undefined) {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return list.flatMap((x) => x.value).find((v) => v.address);
}

/** Autoresponders and lists get no 回执, or two robots would answer each other for ever. */
function isAutomatic(headers: Map<string, unknown>): boolean {
  const auto = String(headers.get('auto-submitted') ?? 'no').toLowerCase();
  const precedence = String(headers.get('precedence') ?? '').toLowerCase();
  return auto !== 'no' || ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence);
}

/**
 * One received mail becomes one case (channel 电子邮件): the subject and text as content (HTML-only
 * mail turned into text), the sender as the citizen, the first cadre mailbox it was sent to as the
 * addressee, photos and documents as the case's attachments, the Message-ID as external ref so a
 * redelivery makes no second case. A bounce (null sender) is taken and dropped: it is the answer
 * of a mail server to one of our own messages, not a citizen's letter.
 */
export async function receiveMail(
  deps: MailIntakeDeps,
  mail: IncomingMail,
): Promise<IntakeResult | { ignored: 'bounce' }> {
  if (mail.mailFrom === '') return { ignored: 'bounce' };
  const parsed = await simpleParser(mail.raw, { skipTextToHtml: true, skipImageLinks: true });

  let addresseeCadreId: string | null = null;
  for (const rcpt of mail.rcptTo) {
    if (rcpt.toLowerCase() === deps.config.mail.publicAddress) continue;
    const cadre = await findActiveCadreByEmail(deps.db, rcpt);
    if (cadre) {
      addresseeCadreId = cadre.id;
      break;
    }
  }

  const from = firstAddress(parsed.from);
  const cuts: Cuts = [];
  // an address longer than 254 characters is not a valid one (RFC 5321); replies to it would fail
  const senderEmail = (from?.address || mail.mailFrom).trim().slice(0, 254);
  const senderName =
    fitField(from?.name?.trim() ?? '', MAX_LEN.personName, '发件人姓名', cuts) || null;

  const files: IncomingFile[] = parsed.attachments.map((a) => ({
    fileName: a.filename || '附件',
    mimeType: a.contentType.toLowerCase(),
    data: a.content,
  }));
  const kept = files.filter(keepsFile).slice(0, MAX_MAIL_ATTACHMENTS);
  const dropped = files.filter((f) => !kept.includes(f));

  const text = parsed.text?.trim() || (parsed.html ? htmlToText(parsed.html) : '');
  const subject = parsed.subject?.trim();
  const parts = [
    subject ? `主题：${subject}` : '',
    text,
    dropped.length
      ? `（另有附件未保存：${dropped.map((f) => f.fileName).join('、')}。只保存照片、PDF 和 Office 文档，每封最多 ${MAX_MAIL_ATTACHMENTS} 个）`
      : '',
  ].filter(Boolean);

  return intakeCase(
    deps.db,
    deps.files,
    { actor: null, ip: mail.remoteAddress },
    {
      channel: 'email',
      categoryId: await defaultCategoryId(deps.db),
      content: fitContent(parts.join('\n\n'), '（邮件无正文）', cuts),
      anonymous: false,
      citizenName: senderName,
      citizenEmail: senderEmail,
      addresseeCadreId,
      externalRef: (parsed.messageId ?? `sha256:${sha256(mail.raw)}`).slice(0, 500),
    },
    {
      summary: auditText.case.received.mail,
      acknowledge: !isAutomatic(parsed.headers as Map<string, unknown>),
      files: kept,
      cuts,
    },
  );
}
