import { beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_STATUSES,
  caseStatusLabels,
  type TCaseAction,
  type TCaseStatus,
} from '../../../common/cases.ts';
import { ALL_ROLES, type Role } from '../../platform/access.ts';
import type { Client } from '../../test/app.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { makeCadreWithLogin } from '../../test/world-visits.ts';
import { mayAct, TRANSITIONS, type Transition } from './lifecycle.ts';

/**
 * The lifecycle table, exercised through the API: every allowed step by every allowed role, every
 * role that may not (403), and every status a step may not start from (409 naming that status).
 */
describe('case lifecycle by role and status', () => {
  const { t, w } = useWorld();
  let handler: { cadreId: string; client: Client };
  const client = (role: Role) => (role === 'cadre' ? handler.client : w.as[role]);

  beforeAll(async () => {
    handler = await makeCadreWithLogin(t, w.unitA, { name: '承办干部' });
  });

  /** A case in `status`, assigned to unit A and the handler, ready for `action`. */
  async function caseFor(action: TCaseAction, status: TCaseStatus) {
    return makeCase(t.db, {
      status,
      assignedOrgId: w.unitA.id,
      handlerCadreId: handler.cadreId,
      rating: action === 'sign_off' ? 'satisfied' : null,
    });
  }

  async function inputFor(action: TCaseAction) {
    const base = { action, note: '内部备注' };
    switch (action) {
      case 'assign':
        return { ...base, orgId: w.unitA.id, handlerCadreId: handler.cadreId };
      case 'transfer':
        return { ...base, orgId: w.unitA.id, handlerCadreId: handler.cadreId, reason: '职责调整' };
      case 'answer':
        return { ...base, answer: '已经修好', measures: '组织施工' };
      case 'return':
      case 'not_accept':
        return { ...base, reason: '不属于本单位职责' };
      case 'merge': {
        const earlier = await makeCase(t.db, { createdAt: new Date('2014-01-01T00:00:00Z') });
        return { ...base, mergeIntoId: earlier.id };
      }
      default:
        return base;
    }
  }

  async function act(role: Role | 'citizen', tr: Transition, status: TCaseStatus) {
    const c = await caseFor(tr.action, status);
    if (role === 'citizen') {
      return t.app.inject({
        method: 'POST',
        url: `/api/public/cases/${c.trackingCode}/rating`,
        payload: { rating: 'satisfied' },
        remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      });
    }
    return client(role).post(`/api/cases/${c.id}/events`, await inputFor(tr.action));
  }

  const allowed = TRANSITIONS.flatMap((tr) =>
    tr.from.flatMap((status) =>
      [...ALL_ROLES, 'citizen' as const]
        .filter((role) => mayAct(tr, role))
        .map((role) => ({ tr, status, role })),
    ),
  );
  it.each(allowed.map((x) => [x.tr.action, x.status, x.role, x] as const))(
    '%s from %s by %s is allowed',
    async (_a, _s, _r, { tr, status, role }) => {
      const res = await act(role, tr, status);
      expect(res.statusCode, res.body).toBe(200);
      const expected = tr.to === 'same' || tr.to === 'by_rating' ? status : tr.to;
      expect(res.json().status).toBe(expected);
    },
  );

  const wrongRole = TRANSITIONS.flatMap((tr) =>
    [...ALL_ROLES, 'citizen' as const]
      .filter((role) => !mayAct(tr, role))
      .map((role) => ({ tr, role, status: tr.from[0] as TCaseStatus })),
  );
  it.each(wrongRole.map((x) => [x.tr.action, x.role, x] as const))(
    '%s by %s is forbidden (403)',
    async (_a, _r, { tr, role, status }) => {
      if (role === 'citizen') {
        // a citizen has no route for staff steps: without a session the staff route is 401
        const c = await caseFor(tr.action, status);
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/cases/${c.id}/events`,
          payload: { action: tr.action },
        });
        expect(res.statusCode).toBe(401);
        return;
      }
      const res = await act(role, tr, status);
      expect(res.statusCode, res.body).toBe(403);
    },
  );

  // the system's steps (自动销号, 超期督办) are taken by the jobs: cases.jobs.test.ts
  const byPeople = TRANSITIONS.filter((tr) => tr.who === 'citizen' || tr.who.length > 0);
  const wrongStatus = byPeople.flatMap((tr) =>
    CASE_STATUSES.filter((s) => !tr.from.includes(s)).map((status) => ({ tr, status })),
  );
  it.each(wrongStatus.map((x) => [x.tr.action, x.status, x] as const))(
    '%s from %s is rejected (409) naming the status',
    async (_a, _s, { tr, status }) => {
      const role: Role | 'citizen' = tr.who === 'citizen' ? 'citizen' : 'office';
      const res = await act(role, tr, status);
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.code).toBe('CASE_TRANSITION');
      expect(res.json().error.message).toContain(caseStatusLabels[status]);
    },
  );

  it('answers 400 to an action that has no step of its own (found by tests/faults: was 500)', async () => {
    const c = await makeCase(t.db, { status: 'assigned', assignedOrgId: w.unitA.id });
    const res = await w.as.office.post(`/api/cases/${c.id}/events`, { action: 'submit' });
    expect(res.statusCode, res.body).toBe(400);
  });
});
