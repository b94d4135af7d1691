// No zod here: the admin app, the catalogs and the database schema import these as values.

/**
 * 经验做法 (plan item 9): what the office may mark as a practice that worked — a case (诉求件) or a
 * reviewable document; of the documents, the research reports (调研课题) and the reflections
 * (心得体会).
 */
export const GOOD_PRACTICE_KINDS = ['case', 'document'] as const;
export type TGoodPracticeKind = (typeof GOOD_PRACTICE_KINDS)[number];

/** The document kinds that may be marked. */
export const GOOD_PRACTICE_DOCUMENT_KINDS = ['research', 'reflection'] as const;
export type TGoodPracticeDocumentKind = (typeof GOOD_PRACTICE_DOCUMENT_KINDS)[number];

/** What a marked subject is called: 诉求件, 调研报告, 心得体会. */
export const GOOD_PRACTICE_SUBJECT_LABELS = {
  case: '诉求件',
  research: '调研报告',
  reflection: '心得体会',
} as const;
export type TGoodPracticeSubject = keyof typeof GOOD_PRACTICE_SUBJECT_LABELS;

/** The longest note of a mark. */
export const GOOD_PRACTICE_NOTE_MAX = 500;
