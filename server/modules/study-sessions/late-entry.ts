import { ACCESS, WRITER_ROLES } from '../../../common/access.ts';
import {
  LATE_ENTRY_STATE_LABELS,
  type TEntryState,
  type TLateEntryState,
} from '../../../common/study-session-terms.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import type { Actor, Scope } from '../../platform/access.ts';
import { sharedEvents } from '../../platform/workflow/events.repo.ts';
import { defineKind } from '../../platform/workflow/kind.ts';
import { entryOf } from './entry-window.ts';
import { isRecorder, isUnitWriter } from './study-sessions.policy.ts';
import {
  findSession,
  lockSession,
  type SessionRow,
  writeLateState,
} from './study-sessions.repo.ts';
import { windowSettings } from './study-sessions.service.ts';

/**
 * 补录申请 — a session written up after its entry window (issue 13 §2): the recorder or a unit
 * writer asks with a reason, the office (ACCESS.studySessions.approveLate) approves or refuses.
 * A side-state of the session (late_state), run by the workflow engine like any other steps: the
 * events in workflow_events, one audit row per step. An approval opens the records for
 * learning.lateEntryDays days from the approval (entry-window.ts); after that a new request.
 */
export type LateRecord = SessionRow & { entry: TEntryState };

async function withEntry(db: DbOrTx, row: SessionRow | undefined): Promise<LateRecord | null> {
  if (!row) return null;
  const { entry } = entryOf(row, new Date(), await windowSettings(db));
  return { ...row, entry };
}

const readerOf = (scope: Scope, reader?: Actor) => ({ scope, cadreId: reader?.cadreId ?? null });

const store = {
  async find(db: DbOrTx, scope: Scope, id: string, reader?: Actor) {
    return withEntry(db, await findSession(db, readerOf(scope, reader), id));
  },
  async lock(tx: Tx, scope: Scope, id: string, reader?: Actor) {
    return withEntry(tx, await lockSession(tx, readerOf(scope, reader), id));
  },
  stateOf: (r: LateRecord) => (r.lateState ?? 'none') as TLateEntryState,
  async write(
    tx: Tx,
    r: LateRecord,
    change: { from: TLateEntryState; state: TLateEntryState; fields: Record<string, unknown> },
  ) {
    const f = change.fields;
    const set = {
      lateState: change.state === 'none' ? null : change.state,
      ...(typeof f.reason === 'string' ? { lateReason: f.reason } : {}),
      ...('lateDecidedBy' in f ? { lateDecidedBy: f.lateDecidedBy as string | null } : {}),
      ...('lateDecidedAt' in f ? { lateDecidedAt: f.lateDecidedAt as Date | null } : {}),
    };
    const from = change.from === 'none' ? null : change.from;
    if (!(await writeLateState(tx, r.id, from, set))) return null;
    return withEntry(tx, await findSession(tx, { scope: { kind: 'all' }, cadreId: null }, r.id));
  },
  ...sharedEvents('study_session_late'),
};

const decided = async (_tx: Tx, { ctx }: { ctx: { actor: Actor | { name: string } } }) => ({
  set: {
    lateDecidedBy: 'userId' in ctx.actor ? ctx.actor.userId : null,
    lateDecidedAt: new Date(),
  },
});

export const lateEntryKind = defineKind({
  name: 'study_session_late',
  label: '补录申请',
  auditEntity: 'study_session',
  auditStateKey: 'lateState',
  states: LATE_ENTRY_STATE_LABELS,
  relations: {
    /** a writer of the session's unit (or above) */
    unitWriter: (actor, r: LateRecord) => isUnitWriter(actor, r.orgPath),
    /** the session's recorder */
    recorder: (actor, r: LateRecord) => isRecorder(actor, r.recorderCadreId),
  },
  fields: {
    reason: { label: '补录理由', type: 'textarea', maxLength: 500 },
    comment: { label: '批复意见', type: 'textarea', maxLength: 500 },
  },
  steps: [
    {
      action: 'request',
      label: '申请补录',
      // again after a refusal, or when an approval has run out
      from: ['none', 'refused', 'approved'],
      to: 'requested',
      who: [
        { roles: WRITER_ROLES, relation: 'unitWriter' },
        { roles: ['cadre'], relation: 'recorder' },
      ],
      needs: ['reason'],
      guard: { test: (r: LateRecord) => r.entry === 'closed', key: 'SESSION_LATE.notNeeded' },
      compute: async () => ({ set: { lateDecidedBy: null, lateDecidedAt: null } }),
      public: false,
    },
    {
      action: 'approve',
      label: '批准补录',
      from: ['requested'],
      to: 'approved',
      who: [{ roles: ACCESS.studySessions.approveLate }],
      optional: ['comment'],
      compute: decided,
      public: false,
    },
    {
      action: 'refuse',
      label: '不予补录',
      from: ['requested'],
      to: 'refused',
      who: [{ roles: ACCESS.studySessions.approveLate }],
      needs: ['comment'],
      compute: decided,
      public: false,
    },
  ],
  store,
  idOf: (r: LateRecord) => r.id,
  describe: (r: LateRecord) => `学习活动「${r.title}」`,
});
