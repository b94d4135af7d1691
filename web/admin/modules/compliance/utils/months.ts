import type { CampaignSpan } from '../types/compliance';

/** YYYY-MM of a date (YYYY-MM-DD) or of a local Date. */
export function monthOf(date: string | Date): string {
  if (typeof date === 'string') return date.slice(0, 7);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** First and last day of a month. */
export function monthBounds(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * The month a compliance view opens on: this month when an active campaign covers it, otherwise
 * the nearest month of the most recent active campaign (the demo campaign ran in 2014).
 */
export function defaultMonth(today: string, campaigns: readonly CampaignSpan[]): string {
  const current = monthOf(today);
  const active = campaigns.filter((c) => c.status === 'active');
  if (active.length === 0) return current;
  const covering = active.some(
    (c) => monthOf(c.startDate) <= current && current <= monthOf(c.endDate),
  );
  if (covering) return current;
  const latest = [...active].sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
  if (!latest) return current;
  return current > monthOf(latest.endDate) ? monthOf(latest.endDate) : monthOf(latest.startDate);
}
