import { describe, expect, it } from 'vitest';
import * as publicFormat from '../../public/ui/format.ts';
import {
  EMPTY_CELL,
  formatDate,
  formatDateTime,
  formatMonth,
  formatRange,
  formatTime,
} from './format.ts';

describe('one date format (admin)', () => {
  it('shows a date as YYYY-MM-DD and a moment as YYYY-MM-DD HH:mm in China time', () => {
    // 16:30 UTC is 00:30 the next day in Shanghai
    expect(formatDateTime('2014-05-31T16:30:00.000Z')).toBe('2014-06-01 00:30');
    expect(formatDate('2014-05-31T16:30:00.000Z')).toBe('2014-06-01');
    expect(formatTime('2014-05-31T16:30:00.000Z')).toBe('00:30');
    expect(formatDate('2014-06-01')).toBe('2014-06-01');
    expect(formatMonth('2014-06-01')).toBe('2014-06');
    expect(formatRange('2014-02-01', '2014-09-30')).toBe('2014-02-01 至 2014-09-30');
  });

  it('shows a dash for no value', () => {
    expect(formatDate(null)).toBe(EMPTY_CELL);
    expect(formatDateTime(undefined)).toBe(EMPTY_CELL);
  });
});

describe('one date format (public site)', () => {
  it('uses the same YYYY-MM-DD and YYYY-MM-DD HH:mm, not 2014年6月1日', () => {
    expect(publicFormat.formatDateTime('2014-06-01T02:20:00Z')).toBe('2014-06-01 10:20');
    expect(publicFormat.formatDate('2014-05-31T16:30:00Z')).toBe('2014-06-01');
    expect(publicFormat.formatDate('2014-06-01')).toBe('2014-06-01');
  });
});
