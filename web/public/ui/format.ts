import { dateTimeInChina } from '../../../common/dates.ts';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** "2014-06-01 10:20", in China time (Asia/Shanghai) whatever the phone's zone */
export const formatDateTime = (iso: string) => dateTimeInChina(new Date(iso)).slice(0, 16);

/** "2014-06-01" from an ISO timestamp (its day in China) or a YYYY-MM-DD date */
export function formatDate(isoOrDate: string): string {
  return DAY_RE.test(isoOrDate) ? isoOrDate : dateTimeInChina(new Date(isoOrDate)).slice(0, 10);
}
