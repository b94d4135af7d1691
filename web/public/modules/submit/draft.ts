import {
  MAX_CASE_CONTENT,
  MAX_NAME,
  MIN_CASE_CONTENT,
  PHONE_PATTERN,
  type TPublicCaseCreate,
  type TUploadedPhoto,
} from '../../cases';
import { t } from '../../i18n';
import type { FieldErrors } from '../../ui/api';
import { readJson, remove, writeJson } from '../../ui/storage';

/**
 * What the citizen has written so far. It stays on the phone until the server has answered with
 * a tracking code, so a submission lost on a weak connection is never lost for the citizen.
 */
export type TDraft = {
  categoryId: string;
  content: string;
  name: string;
  phone: string;
  anonymous: boolean;
  /** 写给 a cadre (from the ?cadre= link) */
  cadreId: string | null;
  photos: TUploadedPhoto[];
  /**
   * this submission's id, made once on the phone and sent on every try, so a retry after a lost
   * answer never makes a second case; '' until the form is opened
   */
  clientId: string;
};

const KEY = 'tiexin.public.draft';

export const emptyDraft: TDraft = {
  categoryId: '',
  content: '',
  name: '',
  phone: '',
  anonymous: false,
  cadreId: null,
  photos: [],
  clientId: '',
};

/** A random UUID (v4); crypto.randomUUID exists only on https and localhost, getRandomValues everywhere. */
export function newClientId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A fresh, empty form with its own submission id. */
export const newDraft = (over: Partial<TDraft> = {}): TDraft => ({
  ...emptyDraft,
  clientId: newClientId(),
  ...over,
});

export function loadDraft(): TDraft | null {
  const stored = readJson<Partial<TDraft>>(KEY);
  if (!stored || typeof stored !== 'object') return null;
  return {
    ...emptyDraft,
    ...stored,
    photos: Array.isArray(stored.photos) ? stored.photos : [],
    clientId:
      typeof stored.clientId === 'string' && stored.clientId ? stored.clientId : newClientId(),
  };
}

export const saveDraft = (draft: TDraft) => writeJson(KEY, draft);
export const clearDraft = () => remove(KEY);

/** Nothing worth keeping: no text, no category, no photo. */
export const isEmptyDraft = (d: TDraft) =>
  !d.content.trim() && !d.categoryId && !d.name.trim() && !d.phone.trim() && d.photos.length === 0;

/** The content's length as the server counts it (trimmed, UTF-16 units). */
export const contentLength = (content: string) => content.trim().length;

/** The rules of ZPublicCaseCreateSchema, checked before sending; `{}` when all is well. */
export function validateDraft(d: TDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!d.categoryId) errors.categoryId = t('submit.errors.category');
  const length = contentLength(d.content);
  if (length < MIN_CASE_CONTENT)
    errors.content = t('submit.errors.contentShort', { min: MIN_CASE_CONTENT });
  else if (length > MAX_CASE_CONTENT)
    errors.content = t('submit.errors.contentLong', { max: MAX_CASE_CONTENT });
  if (!d.anonymous) {
    if (d.name.trim().length > MAX_NAME)
      errors.name = t('submit.errors.nameLong', { max: MAX_NAME });
    if (d.phone.trim() && !PHONE_PATTERN.test(d.phone.trim()))
      errors.phone = t('submit.errors.phone');
  }
  return errors;
}

/** The POST body: empty optional fields left out, and no name or phone when anonymous. */
export function toRequest(d: TDraft, opts: { withCadre: boolean }): TPublicCaseCreate {
  const body: TPublicCaseCreate = {
    categoryId: d.categoryId,
    content: d.content.trim(),
    anonymous: d.anonymous,
  };
  if (!d.anonymous && d.name.trim()) body.name = d.name.trim();
  if (!d.anonymous && d.phone.trim()) body.phone = d.phone.trim();
  if (opts.withCadre && d.cadreId) body.cadreId = d.cadreId;
  if (d.photos.length > 0) body.attachments = d.photos.map((p) => p.id);
  if (d.clientId) body.clientId = d.clientId;
  return body;
}
