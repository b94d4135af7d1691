/**
 * 干群连心卡 terms the web needs as values (no zod here, so the admin app imports them without a
 * schema library): the record kinds with their words, and the most cards one record counts.
 */
export {
  CARD_RECORD_KIND_LABELS,
  CARD_RECORD_KINDS,
  type TCardRecordKind,
} from './documents.ts';

/** The most cards one record counts (a unit's print run is a few hundred). */
export const MAX_CARD_COUNT = 100_000;
