import { describe, expect, it } from 'vitest';
import type { CampaignSpan } from '../types/compliance';
import { defaultMonth, monthBounds } from './months';

const campaign = (startDate: string, endDate: string, status: CampaignSpan['status'] = 'active') =>
  ({ id: startDate, name: '学习龚全珍', startDate, endDate, status }) satisfies CampaignSpan;

describe('defaultMonth', () => {
  it('is this month while an active campaign covers it', () => {
    expect(defaultMonth('2014-05-20', [campaign('2014-02-01', '2014-09-30')])).toBe('2014-05');
  });

  it('is the last month of a campaign that ended, the first of one not started', () => {
    expect(defaultMonth('2026-01-10', [campaign('2014-02-01', '2014-09-30')])).toBe('2014-09');
    expect(defaultMonth('2013-12-01', [campaign('2014-02-01', '2014-09-30')])).toBe('2014-02');
  });

  it('ignores drafts and closed campaigns, and falls back to this month', () => {
    expect(defaultMonth('2026-01-10', [campaign('2014-02-01', '2014-09-30', 'closed')])).toBe(
      '2026-01',
    );
    expect(defaultMonth('2026-01-10', [])).toBe('2026-01');
  });
});

describe('monthBounds', () => {
  it('knows the length of February', () => {
    expect(monthBounds('2014-02')).toEqual({ first: '2014-02-01', last: '2014-02-28' });
    expect(monthBounds('2016-02').last).toBe('2016-02-29');
  });
});
