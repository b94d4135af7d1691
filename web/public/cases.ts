/**
 * The case contract as the citizens' site needs it. These are copies of `common/cases.ts`
 * without zod: importing that file would put zod (~30 kB gzip) into a bundle meant for weak
 * village connections. `cases.test.ts` checks that the copies still match the originals and
 * that `validateDraft` agrees with `ZPublicCaseCreateSchema`.
 */

/** 受理, 已交办, 办理中, 已办结, 已销号, 已退回, 已合并, 不予受理 */
export type TCaseStatus =
  | 'received'
  | 'assigned'
  | 'in_progress'
  | 'answered'
  | 'signed_off'
  | 'returned'
  | 'merged'
  | 'not_accepted';

/** 满意, 基本满意, 不满意 */
export type TCaseRating = 'satisfied' | 'basically' | 'dissatisfied';
export const CASE_RATINGS: readonly TCaseRating[] = ['satisfied', 'basically', 'dissatisfied'];
export const caseRatingLabels: Record<TCaseRating, string> = {
  satisfied: '满意',
  basically: '基本满意',
  dissatisfied: '不满意',
};

export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const TRACKING_CODE_LENGTH = 10;
export const MAX_CASE_CONTENT = 5000;
export const MIN_CASE_CONTENT = 5;
export const MAX_NAME = 50;
export const PHONE_PATTERN = /^[0-9+\-\s]{5,20}$/;
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
