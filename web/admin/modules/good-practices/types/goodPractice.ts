import type {
  ZGoodPracticeCreateSchema,
  ZGoodPracticeSchema,
} from '../../../../../common/good-practices.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/good-practices.ts); type-only, so no zod in the bundle.
export {
  GOOD_PRACTICE_KINDS,
  GOOD_PRACTICE_NOTE_MAX,
  GOOD_PRACTICE_SUBJECT_LABELS,
  type TGoodPracticeKind,
} from '../../../../../common/good-practices-terms.ts';

/** 经验做法 as the list shows it. */
export type GoodPractice = TJson<typeof ZGoodPracticeSchema>;

/** 标为经验做法: what the dialog sends. */
export type MarkInput = TJson<typeof ZGoodPracticeCreateSchema>;
