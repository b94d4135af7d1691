import { describe, expect, it } from 'vitest';
import { EMPTY_CELL } from '../../../ui/format';
import { formatValue, linkTo, satisfiedRate } from './format';

describe('the dashboard’s figures as printed', () => {
  it('prints a rate as a percentage, days with one decimal, and none as —', () => {
    expect(formatValue(0.875, 'rate')).toBe('87.5%');
    expect(formatValue(1, 'rate')).toBe('100%');
    expect(formatValue(1.24, 'days')).toBe('1.2');
    expect(formatValue(12, 'count')).toBe('12');
    expect(formatValue(null, 'rate')).toBe(EMPTY_CELL);
    expect(formatValue('农业局', 'text')).toBe('农业局');
  });

  it('turns a figure’s link into the list’s address with its filters', () => {
    expect(linkTo({ path: '/cases', query: { overdue: 'true', from: '2026-01-01' } })).toEqual({
      pathname: '/cases',
      search: '?overdue=true&from=2026-01-01',
    });
    expect(linkTo({ path: '/six-ones', query: {} })).toEqual({ pathname: '/six-ones', search: '' });
  });

  it('counts 基本满意 as satisfied in 满意率, and gives none when nothing was rated', () => {
    expect(satisfiedRate({ satisfied: 6, basically: 2, dissatisfied: 2 })).toBe(0.8);
    expect(satisfiedRate({ satisfied: 0, basically: 0, dissatisfied: 0 })).toBeNull();
  });
});
