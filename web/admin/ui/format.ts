import { dateTimeInChina } from '../../../common/dates.ts';

/** Shown in a table cell that has no value. */
export const EMPTY_CELL = '—';

export function orDash(value: string | number | null | undefined): string | number {
  return value === null || value === undefined || value === '' ? EMPTY_CELL : value;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The one way a date is shown: 'YYYY-MM-DD' — a calendar date as it is, a timestamp as its day in
 * China (Asia/Shanghai, whatever the computer's zone). '—' for none.
 */
export function formatDate(isoOrDate: string | Date | null | undefined): string {
  if (!isoOrDate) return EMPTY_CELL;
  if (typeof isoOrDate === 'string' && DAY_RE.test(isoOrDate)) return isoOrDate;
  return dateTimeInChina(new Date(isoOrDate)).slice(0, 10);
}

/** The one way a moment is shown: 'YYYY-MM-DD HH:mm' in China time. '—' for none. */
export function formatDateTime(iso: string | Date | null | undefined): string {
  if (!iso) return EMPTY_CELL;
  return dateTimeInChina(new Date(iso)).slice(0, 16);
}

/** Only the time of day of a moment, 'HH:mm' in China time (beside its date in a table). */
export function formatTime(iso: string | Date): string {
  return dateTimeInChina(new Date(iso)).slice(11, 16);
}

/** A month, 'YYYY-MM' (from 'YYYY-MM' or a date). */
export const formatMonth = (monthOrDate: string): string => monthOrDate.slice(0, 7);

/** A period: '2014-02-01 至 2014-09-30'. */
export const formatRange = (start: string, end: string): string =>
  `${formatDate(start)} 至 ${formatDate(end)}`;
