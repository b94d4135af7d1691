import type { ReactNode } from 'react';
import { t } from '../i18n';
import type { ApiError } from './api';

export function Loading() {
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

export function Alert(props: { kind: 'error' | 'info' | 'success'; children: ReactNode }) {
  return (
    <div className={`alert alert-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}

/** A failed load, with its message and a retry button. */
export function LoadError(props: { error: ApiError; onRetry(): void }) {
  return (
    <Alert kind="error">
      <p>{props.error.message}</p>
      <button type="button" className="button" onClick={props.onRetry}>
        {t('app.retry')}
      </button>
    </Alert>
  );
}
