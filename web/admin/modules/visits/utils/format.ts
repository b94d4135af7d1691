import { t } from '../../../i18n';

/** 2014-03-05, or 2014-03-05 至 03-07 for a stay of several days. */
export function dateSpan(v: { startDate: string; endDate?: string }): string {
  const end = v.endDate ?? v.startDate;
  if (end === v.startDate) return v.startDate;
  const sameYear = end.slice(0, 4) === v.startDate.slice(0, 4);
  return t('visits.dateSpan', { start: v.startDate, end: sameYear ? end.slice(5) : end });
}
