import type { FormInstance } from 'antd';
import { ApiError } from './api';

/**
 * Puts the server's per-field messages (400 with `details`) under the matching form fields.
 * Returns false when the error had none, so the caller shows the general message instead.
 */
export function applyFieldErrors<Values>(form: FormInstance<Values>, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.details.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  // the server names a body field "body.phone" (a nested one "body.members.0.name"); the form "phone"
  const fields = error.details
    .map((detail) => ({
      ...detail,
      field: detail.field.replace(/^body\./, '').split('.')[0] ?? '',
    }))
    .filter((detail) => known.has(detail.field))
    .map((detail) => ({ name: detail.field, errors: [detail.message] }));
  if (fields.length === 0) return false;
  form.setFields(fields as Parameters<FormInstance<Values>['setFields']>[0]);
  return true;
}

/** '' and whitespace become null, as the API expects for an empty optional text. */
export function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
