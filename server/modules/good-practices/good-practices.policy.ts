import { ACCESS } from '../../../common/access.ts';

/**
 * 经验做法: the office and the admin mark and unmark; the bureau-wide roles (the inspector too)
 * read. A unit admin does not: a mark may name a case or a document outside his units.
 */
export const goodPracticePolicy = ACCESS.goodPractices;
