/**
 * 审核类文书 (reviewable documents): what a cadre writes that is reviewed and may be published —
 * the research topic (调研课题) and the open letter (给群众的公开信) first, reflections,
 * self-examination reports and nomination dossiers later. One table, one state machine, one review
 * queue; a kind is a row of DOCUMENT_KINDS. Data only (no zod): the web imports it as a value.
 */
import type { TRole } from './access.ts';

export const DOCUMENT_KINDS_LIST = ['research', 'letter'] as const;
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

/**
 * Each kind as data: its name, the levels of review in order, who publishes, and whether a cadre
 * has one per campaign (六个一: one topic, one letter).
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
};

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
