import type { FormInstance } from 'antd';
import { ApiError } from '../../../ui/api';
import { applyFieldErrors } from '../../../ui/forms';

/**
 * The server names a body field `body.idNumber`; the form calls it `idNumber`. Puts the server's
 * messages under the form's fields; false when none matched (show the general message then).
 */
export function applyServerFieldErrors<Values>(
  form: FormInstance<Values>,
  error: unknown,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const details = error.details.map((d) => ({ ...d, field: d.field.replace(/^body\./, '') }));
  return applyFieldErrors(form, new ApiError(error.status, error.code, error.message, details));
}
