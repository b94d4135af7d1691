import { describe, expect, it } from 'vitest';
import { TRACKING_ALPHABET } from '../../../common/cases.ts';
import { mayAct, statusAfterRating, TRANSITIONS } from './lifecycle.ts';
import { newTrackingCode } from './tracking-code.ts';

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
