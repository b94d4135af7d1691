/** Shown in a table cell that has no value. */
export const EMPTY_CELL = '—';

export function orDash(value: string | number | null | undefined): string | number {
  return value === null || value === undefined || value === '' ? EMPTY_CELL : value;
}
