import type { To } from 'react-router-dom';
import { EMPTY_CELL } from '../../../ui/format';
import type { FigureLink } from '../types/dashboard';

export type ValueFormat = 'text' | 'count' | 'rate' | 'days';

/** A figure as printed: a rate 0–1 as a percentage, days with one decimal; none as —. */
export function formatValue(value: string | number | null | undefined, format: ValueFormat) {
  if (value === null || value === undefined || value === '') return EMPTY_CELL;
  if (typeof value === 'string') return value;
  if (format === 'rate') return `${Math.round(value * 1000) / 10}%`;
  if (format === 'days') return (Math.round(value * 10) / 10).toFixed(1);
  return String(value);
}

/** Where a figure's link goes: the list's path with its filters in the address. */
export function linkTo(link: FigureLink): To {
  const search = new URLSearchParams(link.query).toString();
  return { pathname: link.path, search: search ? `?${search}` : '' };
}

/**
 * 满意率 (含基本满意): 满意 and 基本满意 among the rated cases — the same share the server gives the
 * comparison period (`cases.previous.satisfiedRate`) and the monthly report prints; none rated, none.
 */
export function satisfiedRate(s: { satisfied: number; basically: number; dissatisfied: number }) {
  const rated = s.satisfied + s.basically + s.dissatisfied;
  return rated ? (s.satisfied + s.basically) / rated : null;
}
