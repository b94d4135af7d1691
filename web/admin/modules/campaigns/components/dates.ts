import dayjs, { type Dayjs } from 'dayjs';

export const DATE_FORMAT = 'YYYY-MM-DD';

export const toDay = (value: string): Dayjs => dayjs(value, DATE_FORMAT);
export const fromDay = (value: Dayjs): string => value.format(DATE_FORMAT);

/** Today in China (UTC+8), as the server counts deadlines. */
export { todayInChina } from '../../../../../common/dates.ts';

/** The one date formatter (YYYY-MM-DD, YYYY-MM-DD HH:mm in China time). */
export { formatDateTime, formatRange } from '../../../ui/format';
