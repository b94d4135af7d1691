import type { FormInstance } from 'antd';
import { ApiError } from '../../../ui/api';
import { applyFieldErrors } from '../../../ui/forms';

/** Server error codes that are about one field of the account forms. */
export const fieldOfCode: Record<string, string> = {
  DUPLICATE: 'username',
  USER_ORG_REQUIRED: 'orgId',
  USER_CADRE_REQUIRED: 'cadreId',
  USER_CADRE_ORG_MISMATCH: 'cadreId',
  WRONG_PASSWORD: 'currentPassword',
};

/**
 * Puts a server error under the form field it is about: the per-field details of a 400, or
 * the field an error code names. Returns false when it fits no field on this form, so the
 * caller shows the message on its own.
 */
export function showErrorOnFields<Values>(
  form: FormInstance<Values>,
  error: unknown,
  /** the fields shown on the form right now */
  shown: readonly string[],
): boolean {
  if (applyFieldErrors(form, error)) return true;
  if (!(error instanceof ApiError)) return false;
  const field = fieldOfCode[error.code];
  if (!field || !shown.includes(field)) return false;
  form.setFields([{ name: field, errors: [error.message] }] as Parameters<
    FormInstance<Values>['setFields']
  >[0]);
  return true;
}
