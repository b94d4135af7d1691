import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, TRACKING_ALPHABET } from '../../../common/cases.ts';
import type { Actor } from '../../platform/access.ts';
import { availableSteps } from '../../platform/workflow/engine.ts';
import type { CaseRow } from './cases.repo.ts';
import { caseKind, mayAct, statusAfterRating, TRANSITIONS, transitionOf } from './lifecycle.ts';
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

  it('leaves rating to the citizen only, 超期督办 to the system, every other step to staff', () => {
    for (const t of TRANSITIONS) {
      expect(mayAct(t, 'citizen')).toBe(t.action === 'rate');
      expect(mayAct(t, 'inspector')).toBe(false);
      expect(mayAct(t, 'office')).toBe(!['rate', 'escalate'].includes(t.action));
    }
    const system = caseKind.steps.filter((s) =>
      s.who.some((w) => 'external' in w && w.external === 'system'),
    );
    expect(system.map((s) => s.action)).toEqual(['sign_off', 'escalate']);
  });

  it('never offers, in any status, a step that cannot be taken from it — nor one already taken', () => {
    const roles = ['admin', 'office', 'unit_admin', 'cadre', 'inspector'] as const;
    for (const status of CASE_STATUSES) {
      for (const role of roles) {
        const offered = availableSteps({ actor: { role, cadreId: 'c1' } as Actor }, caseKind, {
          status,
          handlerCadreId: 'c1',
          rating: 'satisfied',
          escalated: false,
        } as CaseRow);
        for (const o of offered) expect(transitionOf(o.action as never).from).toContain(status);
      }
    }
    // a step that moves the case does not lead back to a status it is offered in (a step taken
    // stays taken) — only 转办 may be repeated; a step that leaves the status alone is a note
    for (const t of TRANSITIONS) {
      if (t.to === 'same') expect(['note', 'escalate']).toContain(t.action);
      else if (t.to !== 'by_rating' && t.action !== 'transfer') expect(t.from).not.toContain(t.to);
    }
    expect(transitionOf('accept')).toMatchObject({ from: ['received'], to: 'accepted' });
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
