import { addDays } from '../../../common/dates.ts';

/** date → true for a worked weekend day (调休上班), false for a public holiday. */
export type WorkCalendar = ReadonlyMap<string, boolean>;

function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  const special = calendar.get(date);
  if (special !== undefined) return special;
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/**
 * The date `days` working days after `start`: weekends and public holidays skipped, 调休 weekend
 * working days counted. 0 days: `start` itself, or the next working day if it is not one.
 */
export function addWorkingDays(
  start: string,
  days: number,
  calendar: WorkCalendar = new Map(),
): string {
  let d = start;
  while (!isWorkingDay(d, calendar)) d = addDays(d, 1);
  for (let left = days; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d, calendar)) left--;
  }
  return d;
}
