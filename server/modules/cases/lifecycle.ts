import {
  CASE_RATINGS,
  caseActionLabels,
  caseRatingLabels,
  caseStatusLabels,
  MAX_CASE_CONTENT,
  type TCaseAction,
  type TCaseRating,
  type TCaseStatus,
} from '../../../common/cases.ts';
import { todayInChina } from '../../../common/dates.ts';
import { MAX_LEN } from '../../../common/limits.ts';
import type { Tx } from '../../db/client.ts';
import type { Actor, Role } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import {
  defineKind,
  type ExternalActor,
  isExternal,
  type StepDef,
  type StepHook,
  type WhoRule,
} from '../../platform/workflow/kind.ts';
import { enqueueCaseNotice } from '../channels/outbox.service.ts';
import { dueDateAfter } from '../holidays/holidays.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { getSetting } from '../settings/settings.service.ts';
import {
  type CaseRow,
  escalationRecipients,
  findCadreWithPath,
  findCase,
  findCaseForUpdate,
  findCategory,
  findOrgPath,
  insertEvent,
  listEvents,
  lockCase,
  updateCaseFrom,
} from './cases.repo.ts';

/**
 * The case lifecycle as a workflow kind (platform/workflow, ADR 0006): one step per action —
 * from-states, to-state, who, needed fields, public or not — and the side effects as `compute`
 * (what else the step writes) and hooks (notices, notifications). Every change of a case's status
 * is `takeStep(tx, ctx, caseKind, id, { action, … })`: staff steps, the citizen's rating, the
 * system's 自动销号 and 超期督办.
 */

const SUPERVISORS: readonly Role[] = ['admin', 'office', 'unit_admin'];
const INTAKE: WhoRule<'handler'>[] = [{ roles: ['admin', 'office'] }];
/** the office, unit admins, and the cadre who handles the case */
const HANDLERS: WhoRule<'handler'>[] = [
  { roles: SUPERVISORS },
  { roles: ['cadre'], relation: 'handler' },
];
/** 待受理 and 已受理: the office has it and nobody handles it yet */
const AT_INTAKE: readonly TCaseStatus[] = ['received', 'accepted'];
const OPEN: readonly TCaseStatus[] = [
  'received',
  'accepted',
  'assigned',
  'in_progress',
  'answered',
  'returned',
];

/**
 * After a rating: 满意 / 基本满意 leave it answered, ready for 销号; the first 不满意 reopens it to the
 * handler (办理中); a second stays answered and escalates to the office.
 */
export function statusAfterRating(
  rating: TCaseRating,
  dissatisfiedBefore: number,
): { status: TCaseStatus; escalate: boolean } {
  if (rating !== 'dissatisfied') return { status: 'answered', escalate: false };
  return dissatisfiedBefore === 0
    ? { status: 'in_progress', escalate: false }
    : { status: 'answered', escalate: true };
}

const isSystem = (actor: Actor | ExternalActor) => isExternal(actor) && actor.kind === 'system';

type CaseStep = StepDef<CaseRow, TCaseStatus, 'handler', CaseField>;
type CaseField = keyof typeof fields;
type Hook = StepHook<CaseRow, TCaseStatus>;

const fields = {
  orgId: { label: '承办单位', type: 'org' },
  handlerCadreId: { label: '承办人', type: 'cadre' },
  answer: { label: '答复内容', type: 'textarea', maxLength: MAX_CASE_CONTENT },
  measures: { label: '整改措施', type: 'textarea', maxLength: MAX_CASE_CONTENT },
  publicity: { label: '在“办成实事”中公开', type: 'boolean' },
  reason: { label: '理由', type: 'textarea', maxLength: MAX_LEN.note },
  mergeIntoId: { label: '合并到的件', type: 'case' },
  categoryId: { label: '类别', type: 'case_category' },
  rating: {
    label: '评价',
    type: 'select',
    options: CASE_RATINGS.map((value) => ({ value, label: caseRatingLabels[value] })),
  },
  comment: { label: '评价意见', type: 'textarea', maxLength: MAX_LEN.ratingComment },
} as const;

/** The reason goes first on the event's note (转办, 退回, 不予受理). */
const reasonFirst: CaseStep['compute'] = async (_tx, { fields: f }) => ({
  note: f.reason as string,
});

/** 交办 and 转办: the handler must work in the unit; the due date runs from today. */
const assignTo: CaseStep['compute'] = async (tx, { record: c, fields: f }) => {
  const orgPath = await findOrgPath(tx, f.orgId as string);
  if (!orgPath) throw new AppError('NOT_FOUND.handlerOrg');
  const handler = await findCadreWithPath(tx, f.handlerCadreId as string);
  if (!handler?.active || !handler.orgPath.startsWith(orgPath)) {
    throw new AppError('CASE_HANDLER_MISMATCH');
  }
  const category = await findCategory(tx, c.categoryId);
  const days = category?.timeLimitDays ?? (await getSetting(tx, 'cases.defaultTimeLimitDays'));
  return {
    set: {
      assignedOrgId: f.orgId,
      handlerCadreId: handler.id,
      dueDate: await dueDateAfter(tx, todayInChina(), days),
    },
    note: f.reason as string | undefined,
  };
};

/** 受理 may re-classify: a mail or SMS case waits in the 默认类别 for staff to choose. */
const reclassify: CaseStep['compute'] = async (tx, { record: c, fields: f }) => {
  const to = f.categoryId as string | undefined;
  if (!to || to === c.categoryId) return {};
  const after = await findCategory(tx, to);
  if (!after?.active) throw new AppError('CASE_CATEGORY');
  return {
    set: { categoryId: after.id },
    note: `类别由「${c.categoryName}」改为「${after.name}」`,
  };
};

/** A fresh answer asks for a fresh rating. */
const answer: CaseStep['compute'] = async (_tx, { fields: f }) => ({
  set: {
    measures: f.measures ?? null,
    answeredAt: new Date(),
    rating: null,
    ratingComment: null,
    ratedAt: null,
  },
});

const rate: CaseStep['compute'] = async (_tx, { record: c, fields: f }) => {
  const rating = f.rating as TCaseRating;
  const after = statusAfterRating(rating, c.dissatisfiedCount);
  const comment = (f.comment as string | undefined) ?? null;
  return {
    set: {
      // the first 不满意 reopens the case: the next answer is rated afresh
      rating: after.status === 'in_progress' ? null : rating,
      ratingComment: comment,
      ratedAt: new Date(),
      dissatisfiedCount: c.dissatisfiedCount + (rating === 'dissatisfied' ? 1 : 0),
      ...(after.escalate ? { escalated: true } : {}),
    },
    note: `${caseRatingLabels[rating]}${comment ? `：${comment}` : ''}${
      after.escalate ? '（再次不满意，已转局活动办）' : ''
    }`,
  };
};

const signOff: CaseStep['compute'] = async (tx, { ctx }) => ({
  set: { signedOffAt: new Date() },
  note: isSystem(ctx.actor)
    ? `答复后 ${await getSetting(tx, 'cases.autoSignOffDays')} 天未评价，自动销号`
    : undefined,
});

/** 合并: into an earlier case that is itself still open. */
const mergeInto: CaseStep['compute'] = async (tx, { record: c, fields: f }) => {
  const target = await lockCase(tx, f.mergeIntoId as string);
  if (
    !target ||
    target.id === c.id ||
    target.createdAt > c.createdAt ||
    target.status === 'merged' ||
    target.status === 'not_accepted'
  ) {
    throw new AppError('CASE_MERGE_TARGET');
  }
  return { set: { mergedIntoId: target.id }, note: `合并到 ${target.trackingCode}` };
};

const escalate: CaseStep['compute'] = async (_tx, { record: c }) => ({
  set: { escalated: true },
  note: `已超过办理时限（${c.dueDate}），已提醒单位管理员和局活动办`,
});

// --- hooks: what the step tells others, in its transaction ---

/** The citizen hears of the answer, a merge, a refusal and the 销号 by mail or SMS. */
const tellCitizen =
  (notice: (a: Parameters<Hook>[1]) => Parameters<typeof enqueueCaseNotice>[2]): Hook =>
  (tx, a) =>
    enqueueCaseNotice(tx, a.record, notice(a));

/** 合并: a note on the case it went into, and the citizen is told which one. */
const merged: Hook = async (tx, { record: c, after, ctx }) => {
  const target = await lockCase(tx, after.mergedIntoId as string);
  if (!target) throw new Error(`merge target of ${c.id} vanished`);
  await insertEvent(tx, {
    caseId: target.id,
    action: 'note',
    actorId: isExternal(ctx.actor) ? null : ctx.actor.userId,
    actorName: ctx.actor.name,
    note: `${c.trackingCode} 已合并到本件`,
    public: false,
  });
  await enqueueCaseNotice(tx, c, { kind: 'merged', intoCode: target.trackingCode });
};

/** Tells the office (and the unit admins of the case's unit and above, with `orgPath`), once. */
async function notifyEscalation(
  tx: Tx,
  c: CaseRow,
  orgPath: string | null,
  n: { why: 'overdue' | 'dissatisfied'; title: string; body: string },
) {
  const recipients = await escalationRecipients(tx, orgPath);
  await notify(
    tx,
    recipients.map((userId) => ({
      userId,
      kind: 'case_escalated' as const,
      title: `诉求件 ${c.trackingCode} ${n.title}`,
      body: n.body,
      link: `/cases/${c.id}`,
      dedupeKey: `case-${n.why}:${c.id}`,
    })),
  );
}

const overdueNotice: Hook = (tx, { record: c }) =>
  notifyEscalation(tx, c, c.assignedOrgPath, {
    why: 'overdue',
    title: '已超期',
    body: `办理时限 ${c.dueDate}，尚未办结`,
  });

/** A second 不满意 goes to the office. */
const dissatisfiedNotice: Hook = async (tx, { record: c, fields: f }) => {
  if (!statusAfterRating(f.rating as TCaseRating, c.dissatisfiedCount).escalate) return;
  await notifyEscalation(tx, c, null, {
    why: 'dissatisfied',
    title: '群众再次不满意',
    body: (f.comment as string | undefined) ?? '',
  });
};

const step = (action: TCaseAction, s: Omit<CaseStep, 'action' | 'label'>): CaseStep => ({
  action,
  label: caseActionLabels[action],
  ...s,
});

export const caseKind = defineKind({
  name: 'case',
  label: '件',
  auditEntity: 'case',
  auditStateKey: 'status',
  states: caseStatusLabels,
  relations: {
    /** 承办人: the cadre the case is assigned to */
    handler: (actor, c: CaseRow) => actor.cadreId !== null && actor.cadreId === c.handlerCadreId,
  },
  refusals: { state: 'CASE_TRANSITION.state', relations: { handler: 'CASE_NOT_HANDLER' } },
  eventLabels: { submit: caseActionLabels.submit },
  fields,
  steps: [
    step('accept', {
      from: ['received'],
      to: 'accepted',
      who: INTAKE,
      optional: ['categoryId'],
      public: true,
      compute: reclassify,
    }),
    step('assign', {
      from: [...AT_INTAKE, 'returned'],
      to: 'assigned',
      who: INTAKE,
      needs: ['orgId', 'handlerCadreId'],
      public: true,
      compute: assignTo,
    }),
    step('start', { from: ['assigned'], to: 'in_progress', who: HANDLERS, public: true }),
    step('answer', {
      from: ['in_progress'],
      to: 'answered',
      who: HANDLERS,
      needs: ['answer'],
      optional: ['measures', 'publicity'],
      public: true,
      compute: answer,
      hooks: [tellCitizen(({ fields: f }) => ({ kind: 'answered', answer: f.answer as string }))],
    }),
    step('rate', {
      from: ['answered'],
      to: {
        among: ['answered', 'in_progress'],
        by: (c, f) => statusAfterRating(f.rating as TCaseRating, c.dissatisfiedCount).status,
      },
      who: [{ external: 'citizen' }],
      needs: ['rating'],
      optional: ['comment'],
      guard: { test: (c) => c.rating === null, key: 'CASE_TRANSITION.rated' },
      public: true,
      compute: rate,
      hooks: [dissatisfiedNotice],
    }),
    step('sign_off', {
      from: ['answered'],
      to: 'signed_off',
      // the system signs off an answer nobody rated in time (cases.jobs.ts#autoSignOff)
      who: [{ roles: SUPERVISORS }, { external: 'system' }],
      guard: {
        test: (c, actor) =>
          c.rating === 'satisfied' || c.rating === 'basically' || (isSystem(actor) && !c.rating),
        key: 'CASE_NOT_RATED',
      },
      public: true,
      compute: signOff,
      hooks: [tellCitizen(({ ctx }) => ({ kind: 'signed_off', auto: isSystem(ctx.actor) }))],
    }),
    step('return', {
      from: ['assigned', 'in_progress', 'answered'],
      to: 'returned',
      who: [{ roles: SUPERVISORS }],
      needs: ['reason'],
      public: false,
      compute: reasonFirst,
    }),
    step('transfer', {
      from: ['assigned', 'in_progress'],
      to: 'assigned',
      who: INTAKE,
      needs: ['orgId', 'handlerCadreId', 'reason'],
      public: true,
      compute: assignTo,
    }),
    step('merge', {
      from: [...AT_INTAKE, 'returned'],
      to: 'merged',
      who: INTAKE,
      needs: ['mergeIntoId'],
      public: true,
      compute: mergeInto,
      hooks: [merged],
    }),
    step('not_accept', {
      from: AT_INTAKE,
      to: 'not_accepted',
      who: INTAKE,
      needs: ['reason'],
      public: true,
      compute: reasonFirst,
      hooks: [
        tellCitizen(({ fields: f }) => ({ kind: 'not_accepted', reason: f.reason as string })),
      ],
    }),
    step('note', { from: OPEN, to: 'same', who: HANDLERS, public: false }),
    // 超期督办: an overdue case is flagged once, by the system (cases.jobs.ts#escalateOverdueCases)
    step('escalate', {
      from: ['assigned', 'in_progress'],
      to: 'same',
      who: [{ external: 'system' }],
      guard: { test: (c) => !c.escalated, key: 'CASE_TRANSITION.escalated' },
      public: false,
      compute: escalate,
      hooks: [overdueNotice],
    }),
  ],
  store: {
    find: async (db, scope, id) => (await findCase(db, scope, id)) ?? null,
    lock: async (tx, scope, id) => (await findCaseForUpdate(tx, scope, id)) ?? null,
    stateOf: (c) => c.status,
    async write(tx: Tx, c, { from, state, fields: f }) {
      const written = await updateCaseFrom(tx, c.id, from, { ...columnsOf(f), status: state });
      return written ? ((await findCase(tx, { kind: 'all' }, c.id)) ?? null) : null;
    },
    async insertEvent(tx, e) {
      return insertEvent(tx, {
        caseId: e.recordId,
        action: e.action as TCaseAction,
        fromStatus: e.fromState as TCaseStatus,
        toStatus: e.toState as TCaseStatus,
        actorId: e.actorId,
        actorName: e.actorName,
        note: e.note,
        public: e.public,
      });
    },
    async listEvents(db, caseId, { publicOnly }) {
      return (await listEvents(db, caseId, publicOnly)).map(({ fromStatus, toStatus, ...e }) => ({
        ...e,
        recordId: caseId,
        fromState: fromStatus ?? '',
        toState: toStatus ?? '',
        // the cases' events keep their fields in the note (ADR 0006)
        fields: {},
      }));
    },
  },
  idOf: (c) => c.id,
  describe: (c) => c.trackingCode,
});

/**
 * The columns a step writes: its fields that are the case's own (答复, 整改措施, 公开, 类别, 承办人)
 * and what `compute` set; the rest (理由, 评价意见 …) live in the event's note.
 */
const STEP_COLUMNS = [
  'answer',
  'measures',
  'publicity',
  'categoryId',
  'assignedOrgId',
  'handlerCadreId',
  'dueDate',
  'answeredAt',
  'rating',
  'ratingComment',
  'ratedAt',
  'dissatisfiedCount',
  'escalated',
  'signedOffAt',
  'mergedIntoId',
] as const;

function columnsOf(f: Record<string, unknown>) {
  return Object.fromEntries(STEP_COLUMNS.filter((k) => k in f).map((k) => [k, f[k]]));
}

export type CaseKind = typeof caseKind;

/**
 * The kind's steps as the plain table the demo seed and the benchmark's data generator play
 * (server/db/seed/demo-cases.ts, bench/generate.ts): who by role (the handler relation aside;
 * system-only steps have no role), `by_rating` for 评价's choice.
 */
export type Transition = {
  action: TCaseAction;
  from: readonly TCaseStatus[];
  to: TCaseStatus | 'same' | 'by_rating';
  who: readonly Role[] | 'citizen';
  public: boolean;
};

export const TRANSITIONS: readonly Transition[] = caseKind.steps.map((s) => ({
  action: s.action as TCaseAction,
  from: s.from,
  to: typeof s.to === 'object' ? 'by_rating' : s.to,
  who: s.who.some((w) => 'external' in w && w.external === 'citizen')
    ? 'citizen'
    : s.who.flatMap((w) => ('roles' in w && w.roles ? w.roles : [])),
  public: s.public,
}));

export function transitionOf(action: TCaseAction): Transition {
  const t = TRANSITIONS.find((x) => x.action === action);
  if (!t) throw new Error(`no case step ${action}`);
  return t;
}

export function mayAct(t: Transition, who: Role | 'citizen'): boolean {
  return t.who === 'citizen' ? who === 'citizen' : who !== 'citizen' && t.who.includes(who);
}
