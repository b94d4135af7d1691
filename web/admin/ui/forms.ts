import type { FormInstance, FormRule } from 'antd';
import { t } from '../i18n';
import { ApiError } from './api';

/** A period picked with one RangePicker named `dates`: the server's start/end errors go under it. */
export const RANGE_FIELDS = { startDate: 'dates', endDate: 'dates' } as const;

/**
 * The server's per-field messages (400 with `details`) as the form's fields: the server names a
 * body field "body.phone" (a nested one "body.members.0.name"), the form "phone"; `aliases` names
 * the form field of a server field the form holds differently (a period's `endDate` under its
 * RangePicker `dates`). Messages on fields the form does not have are left out.
 */
export function fieldErrors(
  error: unknown,
  known: ReadonlySet<string>,
  aliases: Record<string, string> = {},
): { name: string; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  return error.details
    .map((detail) => {
      const field = detail.field.replace(/^body\./, '').split('.')[0] ?? '';
      return { name: aliases[field] ?? field, errors: [detail.message] };
    })
    .filter((detail) => known.has(detail.name));
}

/**
 * Puts the server's per-field messages under the matching form fields (`fieldErrors`); `known`
 * defaults to the fields the form holds a value for. Returns false when the error had none for
 * this form, so the caller shows the general message instead.
 */
export function applyFieldErrors<Values>(
  form: FormInstance<Values>,
  error: unknown,
  aliases: Record<string, string> = {},
  known: ReadonlySet<string> = new Set(Object.keys(form.getFieldsValue(true) as object)),
): boolean {
  const fields = fieldErrors(error, known, aliases);
  if (fields.length === 0) return false;
  form.setFields(fields as Parameters<FormInstance<Values>['setFields']>[0]);
  return true;
}

/** '' and whitespace become null, as the API expects for an empty optional text. */
export function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * The range of a number field as a form rule: out of range is refused in words ("应在 0 到 27 之间")
 * before the server refuses it too. Use it INSTEAD of InputNumber's `min`/`max`, which silently
 * move a typed −5 to 0 when the field loses focus (docs/CONVENTIONS.md, rule 16).
 */
export function inRange(min: number, max: number): FormRule {
  return { type: 'number', min, max, message: t('common.outOfRange', { min, max }) };
}

/**
 * The server's message on one query-string field of a failed list request (a filter bar's
 * reversed period: `to` → "结束日期不能早于开始日期"), to show on the filter itself.
 */
export function queryFieldError(error: unknown, ...fields: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.details.find((d) => fields.some((f) => d.field === `querystring.${f}`))?.message;
}
