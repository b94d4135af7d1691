import { describe, expect, it } from 'vitest';
import { TRACKING_ALPHABET } from '../../../common/cases.ts';
import { mayAct, statusAfterRating, TRANSITIONS } from './lifecycle.ts';
import { newTrackingCode } from './tracking-code.ts';
import { addWorkingDays } from './working-days.ts';

describe('addWorkingDays', () => {
  it.each([
    // Monday 2014-03-03 + 1 → Tuesday; Friday + 1 → Monday; 15 working days = 3 weeks
    ['2014-03-03', 1, '2014-03-04'],
    ['2014-03-07', 1, '2014-03-10'],
    ['2014-03-03', 15, '2014-03-24'],
    ['2014-03-07', 5, '2014-03-14'],
    // a weekend start counts from the Monday after
    ['2014-03-08', 1, '2014-03-11'],
    ['2014-03-09', 0, '2014-03-10'],
    ['2014-03-05', 0, '2014-03-05'],
    // across a month end
    ['2014-02-27', 3, '2014-03-04'],
  ])('%s + %i working days = %s', (start, days, due) => {
    expect(addWorkingDays(start, days)).toBe(due);
  });
});

describe('tracking codes', () => {
  it('are 10 characters from the alphabet without 0, O, 1 or I, and differ', () => {
    expect(TRACKING_ALPHABET).not.toMatch(/[0O1I]/);
    const codes = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = newTrackingCode();
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
      codes.add(code);
    }
    expect(codes.size).toBe(2000);
  });
});

describe('the lifecycle table', () => {
  it('has one row per action, each reachable from some status', () => {
    const actions = TRANSITIONS.map((t) => t.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const t of TRANSITIONS) expect(t.from.length).toBeGreaterThan(0);
  });

  it('leaves rating to the citizen only and every other step to staff', () => {
    for (const t of TRANSITIONS) {
      expect(mayAct(t, 'citizen')).toBe(t.action === 'rate');
      expect(mayAct(t, 'inspector')).toBe(false);
    }
  });

  it('reopens on the first 不满意 and escalates on the second', () => {
    expect(statusAfterRating('satisfied', 0)).toEqual({ status: 'answered', escalate: false });
    expect(statusAfterRating('basically', 1)).toEqual({ status: 'answered', escalate: false });
    expect(statusAfterRating('dissatisfied', 0)).toEqual({
      status: 'in_progress',
      escalate: false,
    });
    expect(statusAfterRating('dissatisfied', 1)).toEqual({ status: 'answered', escalate: true });
  });
});
