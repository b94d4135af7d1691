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

/** The words printed on the card, as the PDF (server/platform/pdf) and the page's preview show them. */
export const CARD_WORDS = {
  title: '干群连心卡',
  officePhone: '办公电话',
  mobile: '手　　机',
  email: '电子信箱',
  contactPoint: '联 系 点',
  scan: '扫码向我反映诉求',
} as const;
