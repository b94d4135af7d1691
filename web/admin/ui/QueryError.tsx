import { Alert, Button } from 'antd';
import { t } from '../i18n';
import { errorMessage } from './errors';

type QueryErrorProps = {
  error: unknown;
  onRetry?: () => void;
};

/** Shown in place of content that failed to load, with the server's message in words. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  return (
    <Alert
      type="warning"
      showIcon
      title={t('app.loadFailed')}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        ) : null
      }
    />
  );
}
