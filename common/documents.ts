/**
 * 审核类文书 (reviewable documents): what a cadre writes that is reviewed and may be published —
 * the research topic (调研课题) and the open letter (给群众的公开信) first, reflections,
 * self-examination reports and nomination dossiers later. One table, one state machine, one review
 * queue; a kind is a row of DOCUMENT_KINDS. Data only (no zod): the web imports it as a value.
 */
import type { TRole } from './access.ts';

export const DOCUMENT_KINDS_LIST = ['research', 'letter', 'reflection', 'self_exam'] as const;
export type TDocumentKind = (typeof DOCUMENT_KINDS_LIST)[number];

/** 草稿 → 已提交 → (退回修改) → 已通过 → 已发布, and 已撤回. */
export const DOCUMENT_STATES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'published',
  'withdrawn',
] as const;
export type TDocumentState = (typeof DOCUMENT_STATES)[number];

export const DOCUMENT_STATE_LABELS: Record<TDocumentState, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '退回修改',
  approved: '已通过',
  published: '已发布',
  withdrawn: '已撤回',
};

/** One level of review: who reviews there (a unit's reviewer must have the author's unit in scope). */
export type TReviewLevel = { key: 'unit' | 'office'; label: string; roles: readonly TRole[] };

const UNIT_LEVEL: TReviewLevel = { key: 'unit', label: '单位审核', roles: ['unit_admin'] };
const OFFICE_LEVEL: TReviewLevel = {
  key: 'office',
  label: '活动办审核',
  roles: ['office', 'admin'],
};

/** 评定等次 — the scale a rated kind's last review gives (心得体会: 优秀 / 良好 / 一般 / 较差). */
export const DOCUMENT_RATINGS = ['excellent', 'good', 'fair', 'poor'] as const;
export type TDocumentRating = (typeof DOCUMENT_RATINGS)[number];
export const DOCUMENT_RATING_LABELS: Record<TDocumentRating, string> = {
  excellent: '优秀',
  good: '良好',
  fair: '一般',
  poor: '较差',
};

/**
 * Each kind as data: its name, the levels of review in order, who publishes, whether a cadre
 * has one per campaign (六个一: one topic, one letter; 对照检查材料: one report), whether the last
 * review rates it (心得体会) and whether it is checked for copied text (the similarity check).
 */
export const DOCUMENT_KINDS: Record<
  TDocumentKind,
  {
    label: string;
    /** where its records live in the admin app, e.g. /research-topics */
    path: string;
    levels: readonly TReviewLevel[];
    publishers: readonly TRole[];
    onePerCampaign: boolean;
    /** the last level's 审核通过 gives a rating of this scale (required when `required`) */
    rating?: { scale: readonly TDocumentRating[]; required: boolean };
    /** compared with the other checked kinds' texts of the same campaign (copied materials) */
    similarityChecked?: boolean;
  }
> = {
  research: {
    label: '调研课题',
    path: '/research-topics',
    levels: [UNIT_LEVEL, OFFICE_LEVEL],
    publishers: ['office', 'admin'],
    onePerCampaign: true,
  },
  letter: {
    label: '公开信',
    path: '/letters',
    levels: [UNIT_LEVEL, OFFICE_LEVEL],
    publishers: ['office', 'admin'],
    onePerCampaign: true,
  },
  /** 心得体会 (issue 13 §4): many per cadre; the unit reviews and rates; the best are featured */
  reflection: {
    label: '心得体会',
    path: '/reflections',
    levels: [UNIT_LEVEL],
    publishers: ['office', 'admin'],
    onePerCampaign: false,
    rating: { scale: DOCUMENT_RATINGS, required: true },
    similarityChecked: true,
  },
  /** 对照检查材料 (issue 13 §5): one per cadre and campaign, against the five standards */
  self_exam: {
    label: '对照检查材料',
    path: '/self-exams',
    levels: [UNIT_LEVEL, OFFICE_LEVEL],
    publishers: ['office', 'admin'],
    onePerCampaign: true,
    similarityChecked: true,
  },
};

/** The kinds whose texts are compared with one another (common/documents: `similarityChecked`). */
export const SIMILARITY_KINDS = DOCUMENT_KINDS_LIST.filter(
  (k) => DOCUMENT_KINDS[k].similarityChecked === true,
);

/** What a card record says happened: 印制 (printed) or 发放 (handed out, at a contact point). */
export const CARD_RECORD_KINDS = ['printed', 'handed_out'] as const;
export type TCardRecordKind = (typeof CARD_RECORD_KINDS)[number];
export const CARD_RECORD_KIND_LABELS: Record<TCardRecordKind, string> = {
  printed: '印制',
  handed_out: '发放',
};

/** What counts as evidence of a research topic: a visit (走访记录) or a case (诉求件). */
export const DOCUMENT_LINK_TYPES = ['visit', 'case'] as const;
export type TDocumentLinkType = (typeof DOCUMENT_LINK_TYPES)[number];
