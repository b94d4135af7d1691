import type { TCaseAction, TCaseStatus, TCaseTransition } from '../../../common/cases.ts';
import type { Role } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';

/** Who may take a step: staff roles, or the citizen holding the tracking code. */
export type Who = readonly Role[] | 'citizen';
export type Needed = keyof Pick<
  TCaseTransition,
  'orgId' | 'handlerCadreId' | 'answer' | 'reason' | 'mergeIntoId'
>;

export type Transition = {
  action: TCaseAction;
  from: readonly TCaseStatus[];
  /** 'same': the status does not change (an event only); 'by_rating': see `statusAfterRating` */
  to: TCaseStatus | 'same' | 'by_rating';
  who: Who;
  needs: readonly Needed[];
  /** whether the event shows on the citizen's public timeline */
  public: boolean;
};

const INTAKE: readonly Role[] = ['admin', 'office'];
const HANDLERS: readonly Role[] = ['admin', 'office', 'unit_admin', 'cadre'];
const SUPERVISORS: readonly Role[] = ['admin', 'office', 'unit_admin'];
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
 * The case lifecycle as data. Every step a case can take is one row here; `applyTransition` checks
 * a request against this table and nothing else.
 */
export const TRANSITIONS: readonly Transition[] = [
  // 受理 may also re-classify the case (an optional categoryId): mail and SMS arrive without one
  {
    action: 'accept',
    from: ['received'],
    to: 'accepted',
    who: INTAKE,
    needs: [],
    public: true,
  },
  {
    action: 'assign',
    from: [...AT_INTAKE, 'returned'],
    to: 'assigned',
    who: INTAKE,
    needs: ['orgId', 'handlerCadreId'],
    public: true,
  },
  {
    action: 'start',
    from: ['assigned'],
    to: 'in_progress',
    who: HANDLERS,
    needs: [],
    public: true,
  },
  {
    action: 'answer',
    from: ['in_progress'],
    to: 'answered',
    who: HANDLERS,
    needs: ['answer'],
    public: true,
  },
  { action: 'rate', from: ['answered'], to: 'by_rating', who: 'citizen', needs: [], public: true },
  {
    action: 'sign_off',
    from: ['answered'],
    to: 'signed_off',
    who: SUPERVISORS,
    needs: [],
    public: true,
  },
  {
    action: 'return',
    from: ['assigned', 'in_progress', 'answered'],
    to: 'returned',
    who: SUPERVISORS,
    needs: ['reason'],
    public: false,
  },
  {
    action: 'transfer',
    from: ['assigned', 'in_progress'],
    to: 'assigned',
    who: INTAKE,
    needs: ['orgId', 'handlerCadreId', 'reason'],
    public: true,
  },
  {
    action: 'merge',
    from: [...AT_INTAKE, 'returned'],
    to: 'merged',
    who: INTAKE,
    needs: ['mergeIntoId'],
    public: true,
  },
  {
    action: 'not_accept',
    from: AT_INTAKE,
    to: 'not_accepted',
    who: INTAKE,
    needs: ['reason'],
    public: true,
  },
  { action: 'note', from: OPEN, to: 'same', who: HANDLERS, needs: [], public: false },
];

export function transitionOf(action: TCaseAction): Transition {
  const t = TRANSITIONS.find((x) => x.action === action);
  // an action with no step of its own (submit, merge …): the client's mistake, not the server's
  if (!t) throw new AppError('VALIDATION', `不能通过此接口办理“${action}”`);
  return t;
}

export function mayAct(t: Transition, who: Role | 'citizen'): boolean {
  return t.who === 'citizen' ? who === 'citizen' : who !== 'citizen' && t.who.includes(who);
}

/**
 * After a rating: 满意 / 基本满意 leave it answered, ready for 销号; the first 不满意 reopens it to the
 * handler (办理中); a second stays answered and escalates to the office.
 */
export function statusAfterRating(
  rating: 'satisfied' | 'basically' | 'dissatisfied',
  dissatisfiedBefore: number,
): { status: TCaseStatus; escalate: boolean } {
  if (rating !== 'dissatisfied') return { status: 'answered', escalate: false };
  return dissatisfiedBefore === 0
    ? { status: 'in_progress', escalate: false }
    : { status: 'answered', escalate: true };
}

export const neededLabels: Record<Needed, string> = {
  orgId: '承办单位',
  handlerCadreId: '承办人',
  answer: '答复内容',
  reason: '理由',
  mergeIntoId: '合并到的件',
};
