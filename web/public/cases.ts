/**
 * The case contract as the citizens' site needs it. The types of the answers are the server's
 * schemas (`common/cases.ts`) imported with `import type` only: zod (~30 kB gzip) stays out of a
 * bundle meant for weak village connections (scripts/check-contract.ts fails a value import).
 * `cases.test.ts` checks that `validateDraft` agrees with `ZPublicCaseCreateSchema`.
 */

// the words of a case, without zod (common/case-terms.ts): one source for server and both sites
export {
  CASE_RATINGS,
  caseRatingLabels,
  MAX_CASE_CONTENT,
  MIN_CASE_CONTENT,
  type TCaseRating,
  type TCaseStatus,
  TRACKING_ALPHABET,
  TRACKING_CODE_LENGTH,
} from '../../common/case-terms.ts';

import type { ZPublicAttachmentSchema } from '../../common/attachments.ts';
import type {
  ZCaseCategorySchema,
  ZPublicCaseCreatedSchema,
  ZPublicCaseCreateSchema,
  ZPublicCaseSchema,
  ZPublicResolvedSchema,
} from '../../common/cases.ts';
import { MAX_LEN } from '../../common/limits.ts';
import type { ZCadreSchema } from '../../common/org.ts';
import type { TJson } from '../../common/zod.ts';

/** the same limits the server's schemas refuse in words (common/limits.ts) */
export const MAX_NAME = MAX_LEN.personName;
export const MAX_RATING_COMMENT = MAX_LEN.ratingComment;
/** the one phone rule of every form (common/phone.ts, no zod) */
export { PHONE_RE as PHONE_PATTERN } from '../../common/phone.ts';
/** Photos a citizen may add to one submission. */
export const MAX_PHOTOS = 5;

/** GET /api/public/categories */
export type TCategory = TJson<typeof ZCaseCategorySchema>;

/** GET /api/public/cadres/{id}: the addressee of 写给… (a cadre's public fields) */
export type TPublicCadre = Pick<TJson<typeof ZCadreSchema>, 'id' | 'name' | 'post' | 'orgName'>;

/** POST /api/public/attachments → 201: no download link for an anonymous upload */
export type TUploadedPhoto = TJson<typeof ZPublicAttachmentSchema>;

/**
 * The body of POST /api/public/cases; `clientId`: the same id on every retry of one submission,
 * so the server makes one case of it.
 */
export type TPublicCaseCreate = TJson<typeof ZPublicCaseCreateSchema>;
export type TPublicCaseCreated = TJson<typeof ZPublicCaseCreatedSchema>;

/** GET /api/public/cases/{code}: no names, phones or notes. */
export type TPublicCase = TJson<typeof ZPublicCaseSchema>;

/** GET /api/public/resolved (paged) */
export type TPublicResolved = TJson<typeof ZPublicResolvedSchema>;
