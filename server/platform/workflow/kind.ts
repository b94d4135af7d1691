import type { TAuditEntity } from '../../../common/audit.ts';
import type { TWorkflowFieldSpec } from '../../../common/workflow.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import type { Actor, Role, Scope } from '../access.ts';
import type { MessageKey } from '../i18n/zh-CN.ts';

/**
 * A workflow kind (办理流程): a record that moves through states by steps declared as data. The
 * engine (engine.ts) checks a request against the kind's steps and nothing else; a kind's module
 * supplies the data and a storage adapter, never a status `switch` of its own.
 */

/**
 * Who takes a step when no user does: a job (`system`, e.g. 自动销号) or a citizen holding a
 * tracking code (`citizen`; the caller has already found the record by that code).
 */
export type ExternalActor = { kind: 'system' | 'citizen'; name: string };

/** A signed-in user or an external actor; `ip` as recorded in the audit row. */
export type StepContext = { actor: Actor | ExternalActor; ip: string | null };

/** The actor of a job: steps that list `{ external: 'system' }` in `who` may be taken by it. */
export function systemActor(name: string): ExternalActor {
  return { kind: 'system', name };
}

export function citizenActor(name = '群众'): ExternalActor {
  return { kind: 'citizen', name };
}

export function isExternal(actor: Actor | ExternalActor): actor is ExternalActor {
  return 'kind' in actor && (actor.kind === 'system' || actor.kind === 'citizen');
}

/**
 * One way to be allowed a step. A user rule holds when the user has one of `roles` (any role when
 * omitted) and the named relation holds for this record (none when omitted); e.g. the handler is
 * `{ roles: ['cadre'], relation: 'handler' }`, "a reviewer of the author's unit" is
 * `{ roles: ['unit_admin'], relation: 'unitReviewer' }`. An external rule lets a job or a citizen.
 */
export type WhoRule<Rel extends string> =
  | { roles?: readonly Role[]; relation?: Rel }
  | { external: ExternalActor['kind'] };

/** What a hook or `compute` is given about the step being taken. */
export type StepArgs<R, S extends string> = {
  ctx: StepContext;
  step: StepDef<R, S, string, string>;
  /** the record as locked, before the step */
  record: R;
  /** the step's fields, checked and trimmed (only the fields the step declares) */
  fields: Record<string, unknown>;
  note: string;
};

/**
 * What `compute` adds to a step: more changes to write with it (a due date, a time stamp — the
 * store's own names) and a line that goes before the user's note on the event and in the audit
 * row (转办: the reason; 合并: 合并到 …).
 */
export type StepExtra = { set?: Record<string, unknown>; note?: string };

/** A side effect of a step (notice, outbox row …), run inside the step's transaction. */
export type StepHook<R, S extends string> = (
  tx: Tx,
  args: StepArgs<R, S> & { after: R; eventId: string },
) => Promise<void>;

export type StepDef<R, S extends string, Rel extends string, F extends string> = {
  action: string;
  /** zh-CN, e.g. 提交 */
  label: string;
  from: readonly S[];
  /**
   * 'same': the state does not change (an event only, e.g. 备注). A choice: the state follows
   * from the record and the step's fields (评价: 不满意 reopens the case), one of `among`.
   */
  to: S | 'same' | { among: readonly S[]; by: (record: R, fields: Record<string, unknown>) => S };
  who: readonly WhoRule<Rel>[];
  /** fields that must be given */
  needs?: readonly F[];
  /** fields that may be given */
  optional?: readonly F[];
  /** whether the event shows on the public timeline */
  public: boolean;
  /**
   * A condition on the record (and the actor) beyond its state (e.g. 销号 only after a good rating,
   * or by the system when never rated); a step whose guard fails is neither offered nor taken. It
   * is refused with the catalog message `key` (409; the code of the kind's state refusal when
   * omitted).
   */
  guard?: { test: (record: R, actor: Actor | ExternalActor) => boolean; key?: MessageKey };
  /**
   * Extra changes to write with the step and a line for its note; may throw an AppError. Runs
   * after the checks, before the write.
   */
  compute?: (tx: Tx, args: StepArgs<R, S>) => Promise<StepExtra>;
  hooks?: readonly StepHook<R, S>[];
};

/** An event as written by the engine. */
export type NewStepEvent = {
  recordId: string;
  action: string;
  fromState: string;
  toState: string;
  actorId: string | null;
  actorName: string | null;
  note: string;
  fields: Record<string, unknown>;
  public: boolean;
};

export type StepEvent = NewStepEvent & { id: string; at: Date };

/**
 * Where a kind's records and events live. The engine calls these inside its transaction; an
 * adapter's queries are the kind's repository's.
 */
export type WorkflowStore<R, S extends string> = {
  /**
   * the record if in `scope`, else null (out of scope is "not found"); `reader`, the signed-in
   * user (none for a job or a citizen), for a kind that shows a role less than its scope (a cadre
   * sees his own drafts, not a colleague's)
   */
  find(db: DbOrTx, scope: Scope, id: string, reader?: Actor): Promise<R | null>;
  /** the same, locked FOR UPDATE for the rest of `tx` */
  lock(tx: Tx, scope: Scope, id: string, reader?: Actor): Promise<R | null>;
  stateOf(record: R): S;
  /**
   * Writes the new state and the step's fields (and `compute`'s changes) only while the record is
   * still in state `from` (`… WHERE id = $1 AND state = $from`); returns the record, or null when
   * it has moved meanwhile — the engine's second line behind `lock` against two steps at once.
   */
  write(
    tx: Tx,
    record: R,
    change: { from: S; state: S; fields: Record<string, unknown> },
  ): Promise<R | null>;
  insertEvent(tx: Tx, event: NewStepEvent): Promise<{ id: string }>;
  listEvents(db: DbOrTx, recordId: string, opts: { publicOnly: boolean }): Promise<StepEvent[]>;
};

export type WorkflowKind<
  R,
  S extends string = string,
  Rel extends string = string,
  F extends string = string,
> = {
  /** e.g. 'research_topic'; the key of its events in workflow_events */
  name: string;
  /** zh-CN, e.g. 调研课题 */
  label: string;
  /** the audit log's entity of its records */
  auditEntity: TAuditEntity;
  /** every state with its zh-CN label */
  states: Record<S, string>;
  /** named predicates evaluated against the loaded record */
  relations: Record<Rel, (actor: Actor, record: R) => boolean>;
  /**
   * The kind's own refusals (catalog keys), where its API had codes before the engine: `state` for
   * a step from the wrong state, its text taking {kind}, {state} and {step} (default
   * WORKFLOW_STEP.state, 409); `relations` when a user has a step's role but not its relation
   * (default FORBIDDEN.workflowStep; cases: CASE_NOT_HANDLER, 只能办理本人承办的件).
   */
  refusals?: { state?: MessageKey; relations?: Partial<Record<Rel, MessageKey>> };
  /** the key of the state in the audit row's before/after (default `state`; cases: `status`) */
  auditStateKey?: string;
  /** labels of the events a kind writes outside `takeStep` (cases: 提交 at creation) */
  eventLabels?: Record<string, string>;
  /** every field a step may ask for, declared once */
  fields: Record<F, Omit<TWorkflowFieldSpec, 'name' | 'required'>>;
  steps: readonly StepDef<R, S, Rel, F>[];
  store: WorkflowStore<R, S>;
  idOf(record: R): string;
  /** how the audit summary names the record, e.g. its title or tracking code */
  describe(record: R): string;
};

/** Declares a kind with its types inferred; checks that every name a step uses is declared. */
export function defineKind<R, S extends string, Rel extends string, F extends string>(
  kind: WorkflowKind<R, S, Rel, F>,
): WorkflowKind<R, S, Rel, F> {
  const actions = new Set<string>();
  for (const step of kind.steps) {
    if (actions.has(step.action)) throw new Error(`${kind.name}: step ${step.action} twice`);
    actions.add(step.action);
    const targets =
      step.to === 'same' ? [] : typeof step.to === 'object' ? step.to.among : [step.to];
    for (const s of [...step.from, ...targets]) {
      if (!(s in kind.states)) throw new Error(`${kind.name}.${step.action}: unknown state ${s}`);
    }
    for (const f of [...(step.needs ?? []), ...(step.optional ?? [])]) {
      if (!(f in kind.fields)) throw new Error(`${kind.name}.${step.action}: unknown field ${f}`);
    }
    for (const w of step.who) {
      if ('relation' in w && w.relation && !(w.relation in kind.relations)) {
        throw new Error(`${kind.name}.${step.action}: unknown relation ${w.relation}`);
      }
    }
  }
  return kind;
}

/** Any kind, for code that handles every kind alike (routes, engine). */
// biome-ignore lint/suspicious/noExplicitAny: a kind's record type is its own
export type AnyKind = WorkflowKind<any, string, string, string>;
