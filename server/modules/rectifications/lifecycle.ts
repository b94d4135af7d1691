import { ACCESS, may, mayWriteCadreRecord } from '../../../common/access.ts';
import { todayInChina } from '../../../common/dates.ts';
import {
  RECTIFICATION_LEN,
  rectificationStateLabels,
  type TRectificationAction,
  type TRectificationState,
} from '../../../common/rectifications.ts';
import type { Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { rectificationText } from '../../platform/i18n/zh-CN.ts';
import { sharedEvents } from '../../platform/workflow/events.repo.ts';
import {
  defineKind,
  isExternal,
  type StepDef,
  type StepHook,
} from '../../platform/workflow/kind.ts';
import { caseGateOf } from '../cases/cases.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { accountsOfCadres } from '../users/users.service.ts';
import {
  findRectification,
  lockRectification,
  type RectificationRow,
  type Visible,
  writeRectificationState,
} from './rectifications.repo.ts';

/**
 * 整改清单 as a workflow kind (platform/workflow): 待整改 → 开始整改 → 整改中 (报告进展, any number
 * of times) → 申请销号 (with 整改佐证) → 已销号 by the unit or the office (never the item's own
 * cadre), or 退回 to 整改中 with the reason. An item linked to a citizen's case is signed off only
 * once the case's own rating loop allows it (cases.service#caseGateOf); a 不满意 sends a waiting
 * item back by the system (the daily job, `reopen`).
 */

type Field = 'progressNote' | 'evidence' | 'reason' | 'comment';
type Step = StepDef<RectificationRow, TRectificationState, Relation, Field>;
type Relation = 'writer' | 'signer';

/** 本人, or a writer for a cadre in his scope */
const writes = (actor: Actor, r: RectificationRow) =>
  mayWriteCadreRecord(ACCESS.rectifications, actor, r.cadreId);

/** 销号人: the unit or the office (in scope: the store finds the item in the actor's scope), never the item's cadre */
const signs = (actor: Actor, r: RectificationRow) =>
  may(ACCESS.rectifications.signOff, actor.role) &&
  (actor.cadreId === null || actor.cadreId !== r.cadreId);

/** Tells the cadre's accounts what became of his item, in the step's transaction. */
const tellCadre =
  (title: (problem: string) => string): StepHook<RectificationRow, TRectificationState> =>
  async (tx, { after, eventId, fields }) => {
    const accounts = await accountsOfCadres(tx, [after.cadreId]);
    await notify(
      tx,
      accounts.map((a) => ({
        userId: a.userId,
        kind: 'info' as const,
        title: title(rectificationText.short(after.problem)),
        body: (fields.reason as string | undefined) ?? '',
        link: `/rectifications?view=${after.id}`,
        dedupeKey: `rectification:${eventId}`,
      })),
    );
  };

/** 申请销号: the evidence in words is required (given now or written before); files are optional. */
const submit: Step['compute'] = async (_tx, { record, fields }) => {
  const evidence = ((fields.evidence as string | undefined) ?? record.evidence).trim();
  if (evidence === '') throw new AppError('RECTIFICATION_NO_EVIDENCE');
  return {};
};

/** 销号: the case's side must allow it; who and when are written. */
const signOff: Step['compute'] = async (tx, { record, ctx }) => {
  if (record.caseId) {
    const gate = await caseGateOf(tx, record.caseId);
    if (gate && gate !== 'ok') throw new AppError(`RECTIFICATION_CASE.${gate}`);
  }
  const now = new Date();
  return {
    set: {
      doneAt: now,
      signedOffAt: now,
      signedOffBy: isExternal(ctx.actor) ? null : ctx.actor.userId,
    },
  };
};

const reasonFirst: Step['compute'] = async (_tx, { fields }) => ({
  note: fields.reason as string,
});

const step = (action: TRectificationAction, s: Omit<Step, 'action' | 'label'>): Step => ({
  action,
  label: rectificationText.actions[action],
  ...s,
});

/** The columns a step may write. */
const WRITABLE = ['progressNote', 'evidence', 'doneAt', 'signedOffAt', 'signedOffBy'] as const;

/**
 * The reader's view: the scope by the item's unit. A cadre reads his unit's items too — the
 * 整改清单 is made known within the unit (the 2014 guidance: 整改方案 are publicized) and reviewed at
 * its 民主生活会 — but writes and steps only on his own (`writer`).
 */
export function visibleTo(scope: Visible['scope'], _reader?: Actor): Visible {
  return { scope };
}

export const rectificationKind = defineKind({
  name: 'rectification',
  label: '整改事项',
  auditEntity: 'rectification',
  states: rectificationStateLabels,
  relations: { writer: writes, signer: signs },
  refusals: { relations: { signer: 'FORBIDDEN.rectificationOwn' } },
  fields: {
    progressNote: {
      label: '整改进展',
      type: 'textarea',
      maxLength: RECTIFICATION_LEN.progressNote,
    },
    evidence: { label: '整改佐证', type: 'textarea', maxLength: RECTIFICATION_LEN.evidence },
    reason: { label: '退回理由', type: 'textarea', maxLength: 500 },
    comment: { label: '销号意见', type: 'textarea', maxLength: 500 },
  },
  steps: [
    step('start', {
      from: ['open'],
      to: 'in_progress',
      who: [{ relation: 'writer' }],
      optional: ['progressNote'],
      public: false,
    }),
    step('progress', {
      from: ['in_progress'],
      to: 'same',
      who: [{ relation: 'writer' }],
      needs: ['progressNote'],
      public: false,
    }),
    step('submit', {
      from: ['open', 'in_progress'],
      to: 'submitted',
      who: [{ relation: 'writer' }],
      // offered with no evidence yet, so that the refusal says why (a guard would hide the step)
      optional: ['evidence'],
      compute: submit,
      public: false,
    }),
    step('sign_off', {
      from: ['submitted'],
      to: 'done',
      who: [{ roles: ACCESS.rectifications.signOff, relation: 'signer' }],
      optional: ['comment'],
      compute: signOff,
      hooks: [tellCadre(rectificationText.signedOffTitle)],
      public: false,
    }),
    step('return', {
      from: ['submitted'],
      to: 'in_progress',
      who: [{ roles: ACCESS.rectifications.signOff, relation: 'signer' }],
      needs: ['reason'],
      compute: reasonFirst,
      hooks: [tellCadre(rectificationText.returnedTitle)],
      public: false,
    }),
    // 群众不满意: the job sends a waiting item back (rectifications.jobs.ts)
    step('reopen', {
      from: ['submitted'],
      to: 'in_progress',
      who: [{ external: 'system' }],
      compute: async () => ({ note: rectificationText.dissatisfiedNote }),
      hooks: [tellCadre(rectificationText.returnedTitle)],
      public: false,
    }),
  ],
  store: {
    find: async (db, scope, id, reader) =>
      (await findRectification(db, visibleTo(scope, reader), id, todayInChina())) ?? null,
    lock: async (tx, scope, id, reader) =>
      (await lockRectification(tx, visibleTo(scope, reader), id, todayInChina())) ?? null,
    stateOf: (r: RectificationRow) => r.state,
    async write(tx: Tx, r: RectificationRow, change) {
      const set = Object.fromEntries(
        WRITABLE.filter((k) => k in change.fields).map((k) => [k, change.fields[k]]),
      );
      const written = await writeRectificationState(tx, r.id, change.from, {
        ...set,
        state: change.state,
      });
      if (!written) return null;
      return (
        (await findRectification(tx, { scope: { kind: 'all' } }, r.id, todayInChina())) ?? null
      );
    },
    ...sharedEvents('rectification'),
  },
  idOf: (r: RectificationRow) => r.id,
  describe: (r: RectificationRow) => `「${rectificationText.short(r.problem)}」（${r.cadreName}）`,
});

export type RectificationKind = typeof rectificationKind;
