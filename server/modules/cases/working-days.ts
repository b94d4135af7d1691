import { addDays } from '../../../common/dates.ts';

function isWeekend(date: string): boolean {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
}

/**
 * The date `days` working days after `start` (Monday to Friday; Saturdays and Sundays skipped;
 * public holidays are not known yet). 0 days: `start` itself, or the next working day if it is a
 * weekend.
 */
export function addWorkingDays(start: string, days: number): string {
  let d = start;
  while (isWeekend(d)) d = addDays(d, 1);
  for (let left = days; left > 0; ) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  return d;
}
