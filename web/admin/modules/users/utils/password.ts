import type { FormRule as Rule } from 'antd';
import { t } from '../../../i18n';

export const PASSWORD_MIN_LENGTH = 8;

/**
 * The server's password rule (at least 8 characters with a letter and a digit), checked
 * before sending so the user sees the reason at once. Returns the first problem, or null.
 */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return t('users.passwordTooShort');
  if (!/[A-Za-z]/.test(password)) return t('users.passwordNeedsLetter');
  if (!/\d/.test(password)) return t('users.passwordNeedsDigit');
  return null;
}

/** Form rules of a new password field. */
export const passwordRules: Rule[] = [
  { required: true, message: t('users.passwordRequired') },
  {
    validator: (_rule, value: string | undefined) => {
      const problem = value ? passwordProblem(value) : null;
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  },
];

/** Rule of a 确认新密码 field: must equal the field `passwordField`. */
export function confirmRule(passwordField: string): Rule {
  return ({ getFieldValue }) => ({
    validator: (_rule, value: string | undefined) =>
      !value || value === getFieldValue(passwordField)
        ? Promise.resolve()
        : Promise.reject(new Error(t('users.passwordMismatch'))),
  });
}
