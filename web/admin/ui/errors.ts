import { t } from '../i18n';
import { ApiError } from './api';

/** The text to show for any thrown value: the server's zh-CN message when there is one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return t('app.loadFailed');
}
