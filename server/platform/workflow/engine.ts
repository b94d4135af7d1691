import type {
  TWorkflowEvent,
  TWorkflowFieldSpec,
  TWorkflowStepOption,
} from '../../../common/workflow.ts';
import { zodOfField } from '../../../common/workflow.ts';
import type { Db, Tx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type Actor, type Scope, scopeOf } from '../access.ts';
import { audit } from '../audit.ts';
import { AppError, type ErrorDetail, notFound } from '../errors.ts';
import { codeOf, type MessageKey, text } from '../i18n/zh-CN.ts';
import {
  type AnyKind,
  type ExternalActor,
  isExternal,
  type StepArgs,
  type StepContext,
  type StepDef,
} from './kind.ts';

/** What a step is given: the action, an optional note (备注) and the step's fields. */
export type StepInput = { action: string; note?: string | null } & Record<string, unknown>;

type AnyStep = StepDef<unknown, string, string, string>;

/** The rows a user may read: their scope; a job or a citizen (already matched by code) all. */
function scopeOfActor(actor: Actor | ExternalActor): Scope {
  return isExternal(actor) ? { kind: 'all' } : scopeOf(actor);
}

/** Whether a user rule's roles let this actor (the relation aside). */
const roleFits = (rule: { roles?: readonly string[] }, actor: Actor) =>
  !rule.roles || rule.roles.includes(actor.role);

/** Whether this actor may take this step on this record, by the step's `who` rules alone. */
export function mayTake(
  kind: AnyKind,
  step: AnyStep,
  actor: Actor | ExternalActor,
  record: unknown,
) {
  return step.who.some((rule) => {
    if ('external' in rule) return isExternal(actor) && actor.kind === rule.external;
    if (isExternal(actor) || !roleFits(rule, actor)) return false;
    if (!rule.relation) return true;
    const holds = kind.relations[rule.relation];
    return holds ? holds(actor, record) : false;
  });
}

/**
 * Why a user may not take a step: the kind's code for a relation he lacks where his role would
 * do (只能办理本人承办的件), else 403 naming the step.
 */
function refusalOf(kind: AnyKind, step: AnyStep, actor: Actor | ExternalActor): AppError {
  const missed = isExternal(actor)
    ? undefined
    : step.who.find((rule) => !('external' in rule) && rule.relation && roleFits(rule, actor));
  const key =
    missed && !('external' in missed) && missed.relation
      ? kind.refusals?.relations?.[missed.relation]
      : undefined;
  return key ? new AppError(key) : new AppError('FORBIDDEN.workflowStep', { step: step.label });
}

function fieldSpecs(kind: AnyKind, step: AnyStep): TWorkflowFieldSpec[] {
  const specOf = (name: string, required: boolean): TWorkflowFieldSpec => {
    const spec = kind.fields[name];
    if (!spec) throw new Error(`${kind.name}: unknown field ${name}`);
    return { name, required, ...spec };
  };
  return [
    ...(step.needs ?? []).map((f) => specOf(f, true)),
    ...(step.optional ?? []).map((f) => specOf(f, false)),
  ];
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** The step's fields from the input: all needed ones present, every given one valid. */
function checkFields(kind: AnyKind, step: AnyStep, input: StepInput): Record<string, unknown> {
  const specs = fieldSpecs(kind, step);
  const missing = specs.filter((s) => s.required && isBlank(input[s.name]));
  if (missing.length > 0) {
    throw new AppError(
      'WORKFLOW_FIELDS.missing',
      { step: step.label, fields: missing.map((s) => s.label).join('、') },
      missing.map((s) => ({
        field: s.name,
        message: text('WORKFLOW_FIELDS.field', { label: s.label }),
      })),
    );
  }
  const fields: Record<string, unknown> = {};
  const invalid: ErrorDetail[] = [];
  for (const s of specs) {
    if (isBlank(input[s.name])) continue;
    const parsed = zodOfField(s).safeParse(input[s.name]);
    if (parsed.success) fields[s.name] = parsed.data;
    else {
      const detail = parsed.error.issues[0]?.message ?? '';
      invalid.push({
        field: s.name,
        message: text('VALIDATION.workflowField', { label: s.label, detail }),
      });
    }
  }
  if (invalid.length > 0) {
    const details = invalid.map((d) => d.message).join('；');
    throw new AppError('VALIDATION.workflowFields', { details }, invalid);
  }
  return fields;
}

function stepOf(kind: AnyKind, action: string): AnyStep {
  const step = kind.steps.find((s) => s.action === action);
  // the client's mistake (an action of another kind, a typo), not the server's
  if (!step) throw new AppError('VALIDATION.workflowAction', { kind: kind.label, action });
  return step as AnyStep;
}

function targetOf(
  kind: AnyKind,
  step: AnyStep,
  record: unknown,
  fields: Record<string, unknown>,
  state: string,
): string {
  if (step.to === 'same') return state;
  if (typeof step.to === 'string') return step.to;
  const to = step.to.by(record, fields);
  // a choice outside its declared states is the kind's bug, not the user's
  if (!step.to.among.includes(to)) throw new Error(`${kind.name}.${step.action}: state ${to}`);
  return to;
}

function actorRef(actor: Actor | ExternalActor) {
  return isExternal(actor)
    ? { userId: null, name: actor.name }
    : { userId: actor.userId, name: actor.name };
}

/**
 * The one way a record of a workflow kind changes state, inside the caller's transaction: locks
 * the record (in the actor's scope, else 404), checks the step's rule — who (403), from-state and
 * guard (409 WORKFLOW_STEP), needed fields (400 WORKFLOW_FIELDS with their names) — writes the
 * change, one event row and the audit row, runs the step's hooks, and returns the new record. A
 * hook that throws rolls the whole step back with the caller's transaction.
 */
export async function takeStep<R>(
  tx: Tx,
  ctx: StepContext,
  kind: AnyKind & { idOf(r: R): string },
  id: string,
  input: StepInput,
): Promise<R> {
  const reader = isExternal(ctx.actor) ? undefined : ctx.actor;
  const record = (await kind.store.lock(tx, scopeOfActor(ctx.actor), id, reader)) as R | null;
  if (!record) throw notFound();
  const step = stepOf(kind, input.action);
  if (!mayTake(kind, step, ctx.actor, record)) throw refusalOf(kind, step, ctx.actor);
  const state = kind.store.stateOf(record);
  const stateKey: MessageKey = kind.refusals?.state ?? 'WORKFLOW_STEP.state';
  if (!step.from.includes(state)) {
    const stateLabel = kind.states[state] ?? state;
    throw new AppError(stateKey, { kind: kind.label, state: stateLabel, step: step.label });
  }
  if (step.guard && !step.guard.test(record, ctx.actor)) {
    throw new AppError(step.guard.key ?? codeOf(stateKey));
  }
  const fields = checkFields(kind, step, input);
  const given = typeof input.note === 'string' ? input.note.trim() : '';
  const args: StepArgs<R, string> = {
    ctx,
    step: step as StepArgs<R, string>['step'],
    record,
    fields,
    note: given,
  };
  const extra = step.compute ? await step.compute(tx, args as StepArgs<unknown, string>) : {};
  const note = [extra.note, given].filter(Boolean).join('；');
  const to = targetOf(kind, step, record, fields, state);

  const after = (await kind.store.write(tx, record, {
    from: state,
    state: to,
    fields: { ...fields, ...extra.set },
  })) as R | null;
  if (!after) throw new AppError('WORKFLOW_MOVED');
  const who = actorRef(ctx.actor);
  const event = await kind.store.insertEvent(tx, {
    recordId: id,
    action: step.action,
    fromState: state,
    toState: to,
    actorId: who.userId,
    actorName: who.name,
    note,
    fields,
    public: step.public,
  });
  const stateField = kind.auditStateKey ?? 'state';
  // the fields' values before, where the record has them under the same name
  const previous = Object.keys(fields).filter((k) => Object.hasOwn(record as object, k));
  await audit(
    tx,
    { actor: who, ip: ctx.ip },
    {
      action: 'update',
      entity: kind.auditEntity,
      entityId: id,
      summary: `${step.label} ${kind.describe(record)}`,
      before: {
        [stateField]: state,
        ...Object.fromEntries(previous.map((k) => [k, (record as Record<string, unknown>)[k]])),
      },
      after: { [stateField]: to, ...fields, ...(note ? { note } : {}) },
    },
  );
  for (const hook of step.hooks ?? []) {
    await hook(tx, { ...(args as StepArgs<unknown, string>), after, eventId: event.id });
  }
  return after;
}

/**
 * The steps this actor may take on this record now: the same checks as `takeStep` short of the
 * fields (state, who, guard), so what is offered is exactly what would be taken.
 */
export function availableSteps(
  ctx: Pick<StepContext, 'actor'>,
  kind: AnyKind,
  record: unknown,
): TWorkflowStepOption[] {
  const state = kind.store.stateOf(record);
  return kind.steps
    .filter(
      (s) =>
        s.from.includes(state) &&
        mayTake(kind, s as AnyStep, ctx.actor, record) &&
        (!s.guard || s.guard.test(record, ctx.actor)),
    )
    .map((s) => ({
      action: s.action,
      label: s.label,
      public: s.public,
      fields: fieldSpecs(kind, s as AnyStep),
    }));
}

// --- the use cases the route helper serves (one transaction each) ---

type UserContext = { db: Db; actor: Actor; ip: string | null };

async function findInScope(ctx: UserContext, kind: AnyKind, id: string) {
  const record = await kind.store.find(ctx.db, scopeOf(ctx.actor), id, ctx.actor);
  if (!record) throw notFound();
  return record;
}

/** `GET …/{id}/actions` */
export async function actionsOf(ctx: UserContext, kind: AnyKind, id: string) {
  return { items: availableSteps(ctx, kind, await findInScope(ctx, kind, id)) };
}

/** The timeline with labels; `publicOnly` for the citizens' view. */
export async function timelineOf(
  db: Db,
  kind: AnyKind,
  recordId: string,
  opts: { publicOnly: boolean },
): Promise<TWorkflowEvent[]> {
  const rows = await kind.store.listEvents(db, recordId, opts);
  return rows.map((e) => ({
    id: e.id,
    action: e.action,
    actionLabel:
      kind.steps.find((s) => s.action === e.action)?.label ??
      kind.eventLabels?.[e.action] ??
      e.action,
    fromState: e.fromState || null,
    toState: e.toState || null,
    toStateLabel: e.toState ? (kind.states[e.toState] ?? e.toState) : null,
    actorId: e.actorId,
    actorName: e.actorName,
    note: e.note,
    fields: e.fields,
    public: e.public,
    at: e.at,
  }));
}

/** `GET …/{id}/events`: the whole timeline of a record in the user's scope. */
export async function eventsOf(ctx: UserContext, kind: AnyKind, id: string) {
  await findInScope(ctx, kind, id);
  return { items: await timelineOf(ctx.db, kind, id, { publicOnly: false }) };
}

/** `POST …/{id}/events`: one step in its own transaction. */
export function step(ctx: UserContext, kind: AnyKind, id: string, input: StepInput) {
  return inTransaction(ctx.db, (tx) => takeStep(tx, ctx, kind, id, input));
}
