import dayjs, { type Dayjs } from 'dayjs';

export const DATE_FORMAT = 'YYYY-MM-DD';

export const toDay = (value: string): Dayjs => dayjs(value, DATE_FORMAT);
export const fromDay = (value: Dayjs): string => value.format(DATE_FORMAT);

/** Today in China (UTC+8), as the server counts deadlines. */
export { todayInChina } from '../../../../../common/dates.ts';

export const formatRange = (start: string, end: string): string => `${start} 至 ${end}`;

export const formatDateTime = (value: string | null): string | null =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : null;
