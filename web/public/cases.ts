/**
 * The case contract as the citizens' site needs it. The types of the answers are written out
 * here rather than inferred from `common/cases.ts`, whose zod (~30 kB gzip) must stay out of a
 * bundle meant for weak village connections; `cases.test.ts` checks that the remaining copies
 * still match and that `validateDraft` agrees with `ZPublicCaseCreateSchema`.
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

import type { TCaseRating, TCaseStatus } from '../../common/case-terms.ts';
import { MAX_LEN } from '../../common/limits.ts';

/** the same limits the server's schemas refuse in words (common/limits.ts) */
export const MAX_NAME = MAX_LEN.personName;
export const MAX_RATING_COMMENT = MAX_LEN.ratingComment;
/** the one phone rule of every form (common/phone.ts, no zod) */
export { PHONE_RE as PHONE_PATTERN } from '../../common/phone.ts';
/** Photos a citizen may add to one submission. */
export const MAX_PHOTOS = 5;

/** GET /api/public/categories */
export type TCategory = {
  id: string;
  name: string;
  kind: 'four_winds' | 'livelihood';
  timeLimitDays: number;
};

/** GET /api/public/cadres/{id}: the addressee of 写给… */
export type TPublicCadre = { id: string; name: string; post: string; orgName: string };

/** POST /api/public/attachments → 201 */
export type TUploadedPhoto = { id: string; fileName: string; mimeType: string; size: number };

/** The body of POST /api/public/cases (ZPublicCaseCreateSchema). */
export type TPublicCaseCreate = {
  categoryId: string;
  content: string;
  name?: string;
  phone?: string;
  anonymous?: boolean;
  cadreId?: string;
  attachments?: string[];
  /** the same id on every retry of one submission: the server makes one case of it */
  clientId?: string;
};

export type TPublicCaseCreated = { trackingCode: string; status: TCaseStatus; createdAt: string };

/** GET /api/public/cases/{code} (ZPublicCaseSchema): no names, phones or notes. */
export type TPublicCase = {
  trackingCode: string;
  category: string;
  status: TCaseStatus;
  statusLabel: string;
  content: string;
  createdAt: string;
  dueDate: string | null;
  answer: string | null;
  measures: string | null;
  answeredAt: string | null;
  rating: TCaseRating | null;
  mayRate: boolean;
  timeline: { action: string; label: string; at: string }[];
};

/** GET /api/public/resolved (ZPublicResolvedSchema, paged) */
export type TPublicResolved = {
  category: string;
  content: string;
  answer: string | null;
  measures: string | null;
  signedOffAt: string | null;
};
