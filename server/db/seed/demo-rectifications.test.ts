import { beforeAll, describe, expect, it } from 'vitest';
import { ZMeetingCreateSchema } from '../../../common/meetings.ts';
import {
  RECTIFICATION_STATES,
  ZRectificationCreateSchema,
} from '../../../common/rectifications.ts';
import { type Client, login } from '../../test/app.ts';
import { useTestApp } from '../../test/hooks.ts';
import { inTransaction } from '../tx.ts';
import { loadDemoData } from './bootstrap.ts';
import { DEMO_PASSWORD } from './demo-data.ts';

type Item = {
  id: string;
  state: string;
  overdue: boolean;
  caseId: string | null;
  caseStatus: string | null;
  problem: string;
  measure: string;
  responsible: string;
  deadline: string;
  standard: string | null;
};
type Meeting = {
  id: string;
  orgName: string;
  heldOn: string;
  due: number;
  present: number;
  absent: number;
  checks: { rule: string; ok: boolean | null }[];
};

/** The demo's 整改清单 and 民主生活会, as the office sees them through the API. */
describe('demo rectifications and meetings', () => {
  const t = useTestApp();
  let office: Client;
  let items: Item[];
  let meetings: Meeting[];
  beforeAll(async () => {
    await inTransaction(t.db, (tx) => loadDemoData(tx));
    office = await login(t.app, 'office', DEMO_PASSWORD);
    items = (await office.get('/api/rectifications?pageSize=200')).json().items;
    meetings = (await office.get('/api/meetings?pageSize=200&year=2014')).json().items;
  });

  it('has items in every state, some overdue, some linked to cases, one waiting for a rating', async () => {
    expect(items.length).toBeGreaterThan(10);
    expect(new Set(items.map((i) => i.state))).toEqual(new Set(RECTIFICATION_STATES));
    expect(items.some((i) => i.overdue)).toBe(true);
    expect(items.some((i) => !i.overdue && i.state !== 'done')).toBe(true);
    expect(items.filter((i) => i.caseId).length).toBeGreaterThanOrEqual(2);
    const waiting = items.find((i) => i.state === 'submitted' && i.caseStatus === 'answered');
    expect(waiting).toBeDefined();
    const detail = (await office.get(`/api/rectifications/${waiting?.id}`)).json();
    expect(detail.caseGate).toBe('awaiting_rating');
    // each item passes the form's own validation
    for (const i of items) {
      const input = {
        problem: i.problem,
        measure: i.measure,
        responsible: i.responsible,
        deadline: i.deadline,
        standard: i.standard,
      };
      expect(ZRectificationCreateSchema.safeParse(input).success, i.problem).toBe(true);
    }
    // the progress per unit adds up to the list
    const progress = (await office.get('/api/rectifications/progress')).json().items as {
      total: number;
    }[];
    expect(progress.reduce((s, r) => s + r.total, 0)).toBe(items.length);
  });

  it('has one 民主生活会 per unit in mid-2014: two absent with reasons above quorum, one reported late', async () => {
    expect(meetings.length).toBeGreaterThanOrEqual(4);
    expect(new Set(meetings.map((m) => m.orgName)).size).toBe(meetings.length);
    for (const m of meetings) {
      expect(m.heldOn.startsWith('2014-07')).toBe(true);
      expect(m.checks.find((c) => c.rule === 'quorum')?.ok).toBe(true);
      expect(m.checks.find((c) => c.rule === 'reviewed')?.ok).toBe(true);
    }
    const twoAway = meetings.find((m) => m.absent === 2);
    expect(twoAway).toBeDefined();
    const full = (await office.get(`/api/meetings/${twoAway?.id}`)).json();
    const away = full.attendance.filter((a: { status: string }) => a.status === 'absent');
    expect(away.every((a: { reason: string }) => a.reason.length > 0)).toBe(true);
    const late = meetings.filter((m) => m.checks.find((c) => c.rule === 'reported')?.ok === false);
    expect(late).toHaveLength(1);
    const body = { ...full, campaignId: full.campaignId ?? undefined };
    expect(ZMeetingCreateSchema.safeParse(body).success).toBe(true);
  });
});
