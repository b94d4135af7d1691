import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MAX_LEN } from '../../../../common/limits.ts';
import type {
  TWorkflowEvent,
  TWorkflowFieldSpec,
  TWorkflowFieldType,
  TWorkflowStepOption,
} from '../../../../common/workflow.ts';
import { t } from '../../i18n';
import { ApiError } from '../api';

/**
 * The step dialog's logic without React: a step's field specs (GET …/actions) as form rules and
 * limits, the form's values as the body of POST …/events, and the server's refusals under the
 * fields they name. What is checked here is what the server checks (common/workflow.ts
 * `zodOfField`), said before the request.
 */

/** The name of the note every step may carry (`{ action, note?, …fields }`). */
export const NOTE_FIELD = 'note';

/**
 * The longest text when a spec names no `maxLength`: `zodOfField`'s defaults (the web imports
 * common/workflow.ts for its types only, so no zod comes into the bundle).
 */
const DEFAULT_MAX: Partial<Record<TWorkflowFieldType, number>> = { text: 200, textarea: 5000 };

/** The body of `POST /api/<kind>/{id}/events`. */
export type WorkflowStepBody = { action: string; note?: string } & Record<string, unknown>;

/** What the dialog's form holds: a date field as a Dayjs, the rest as the server takes them. */
export type WorkflowFormValues = Record<string, unknown>;

/** Whether a field is picked (list, date, unit, person, record) rather than typed or switched. */
export const isChoice = (type: TWorkflowFieldType): boolean =>
  type !== 'text' && type !== 'textarea' && type !== 'boolean';

/** The limit a text field shows with its counter; none for a choice or a switch. */
export function maxLengthOf(spec: Pick<TWorkflowFieldSpec, 'type' | 'maxLength'>) {
  const text = spec.type === 'text' || spec.type === 'textarea';
  return text ? (spec.maxLength ?? DEFAULT_MAX[spec.type]) : undefined;
}

/** The form rules of one field: required in words ("请填写理由" / "请选择承办单位") and its limit. */
export function fieldRules(spec: TWorkflowFieldSpec): FormRule[] {
  const rules: FormRule[] = [];
  // a switch is always an answer: off is "no", not "not filled in"
  if (spec.required && spec.type !== 'boolean') {
    rules.push(
      isChoice(spec.type)
        ? { required: true, message: t('workflow.requiredChoice', { label: spec.label }) }
        : {
            required: true,
            whitespace: true,
            message: t('workflow.required', { label: spec.label }),
          },
    );
  }
  const max = maxLengthOf(spec);
  if (max !== undefined) rules.push({ max });
  return rules;
}

/** The rules of the note: required only where the caller says the step needs one (备注). */
export function noteRules(required: boolean): FormRule[] {
  return [
    ...(required
      ? [{ required: true, whitespace: true, message: t('workflow.noteRequired') }]
      : []),
    { max: MAX_LEN.note },
  ];
}

/** Whether the step declares a field named `note` itself (then it is shown from its spec). */
export const hasOwnNote = (step: TWorkflowStepOption): boolean =>
  step.fields.some((f) => f.name === NOTE_FIELD);

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

/** A value as the server takes it: text trimmed, a date as YYYY-MM-DD. */
function toWire(spec: TWorkflowFieldSpec, value: unknown): unknown {
  if (spec.type === 'date' && dayjs.isDayjs(value)) return (value as Dayjs).format('YYYY-MM-DD');
  return typeof value === 'string' ? value.trim() : value;
}

/**
 * The request body of a step from the dialog's values: the action, the note when one was written,
 * and the step's own fields — only those, and only the ones filled in (the server refuses a
 * field the kind does not know, and tells which needed one is missing).
 */
export function stepBody(step: TWorkflowStepOption, values: WorkflowFormValues): WorkflowStepBody {
  const body: WorkflowStepBody = { action: step.action };
  const note = values[NOTE_FIELD];
  if (!hasOwnNote(step) && typeof note === 'string' && note.trim()) body.note = note.trim();
  for (const spec of step.fields) {
    const value = values[spec.name];
    if (!isBlank(value)) body[spec.name] = toWire(spec, value);
  }
  return body;
}

/**
 * The form's first values: what the caller knows of the record (e.g. the category a case is
 * filed under, for 受理's re-classification) for the fields this step has; a date as a Dayjs.
 */
export function initialValuesOf(
  step: TWorkflowStepOption,
  known: Record<string, unknown> = {},
): WorkflowFormValues {
  const values: WorkflowFormValues = {};
  for (const spec of step.fields) {
    const value = known[spec.name];
    if (value === undefined || value === null) continue;
    values[spec.name] = spec.type === 'date' && typeof value === 'string' ? dayjs(value) : value;
  }
  return values;
}

/**
 * The server's per-field messages of a refused step (400 `details: [{ field, message }]`) for
 * the dialog's fields: `reason` or `body.reason` goes under the field `reason`. Messages about
 * anything else are left out, so the caller shows the general message instead.
 */
export function stepFieldErrors(
  step: TWorkflowStepOption,
  error: unknown,
): { name: string; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  const names = new Set([NOTE_FIELD, ...step.fields.map((f) => f.name)]);
  const byField = new Map<string, string[]>();
  for (const detail of error.details) {
    const name = detail.field.replace(/^body\./, '').split('.')[0] ?? '';
    if (!names.has(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), detail.message]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

/** A kind's map by field name or by field type (a name wins): pickers, hints. */
export function byNameOrType<T>(
  map: Partial<Record<string, T>> | undefined,
  spec: Pick<TWorkflowFieldSpec, 'name' | 'type'>,
): T | undefined {
  return map?.[spec.name] ?? map?.[spec.type];
}

/**
 * What the timeline shows under an event: what the step was given, as "label：value" for the
 * fields the kind names (the rest are not for reading), then the note.
 */
export function eventLines(
  event: Pick<TWorkflowEvent, 'fields' | 'note'>,
  labels: Partial<Record<string, string>>,
): string[] {
  const given = Object.entries(event.fields).flatMap(([name, value]) => {
    const label = labels[name];
    const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    return label && shown ? [`${label}：${shown}`] : [];
  });
  return event.note ? [...given, event.note] : given;
}
