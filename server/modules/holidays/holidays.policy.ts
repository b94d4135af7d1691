import { ACCESS } from '../../../common/access.ts';

/** Everyone sees the calendar (due dates depend on it); the office keeps it. */
export const holidayPolicy = ACCESS.holidays;
