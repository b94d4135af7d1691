/**
 * Dates travel as 'YYYY-MM-DD' strings (the `date` columns' text form); arithmetic is in UTC so a
 * time zone never moves a day. No zod here: the web app imports these too. Schemas: paging.ts.
 */

/** Today in China (UTC+8, no daylight saving): the day a cadre in a village calls "today". */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A moment as China's wall-clock time, 'YYYY-MM-DD HH:mm' — the one date-time format of the app, on
 * screen and in exports (CONVENTIONS rule 16); '' for none.
 * Plain arithmetic, not `toLocaleString({ timeZone })`, which builds a formatter per call: that
 * cost 10 of the 13 s of exporting 50,000 ledger rows (docs/performance.md).
 */
export function dateTimeInChina(d: Date | null | undefined): string {
  return d
    ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
    : '';
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** First and last day of a month. */
export function monthBounds(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The same month and day `years` later; a day the target month lacks (29 February) becomes its
 * last day, so a phase ending on a month's last day still ends on it.
 */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  const wasLastDay = d === new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = wasLastDay ? lastDay : Math.min(d, lastDay);
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
