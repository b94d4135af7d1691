import { Button, Result } from 'antd';
import { t } from '../i18n';
import { errorMessage } from './errors';

type QueryErrorProps = {
  error: unknown;
  onRetry?: () => void;
};

/** Shown in place of content that failed to load, with the server's message in words. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  return (
    <Result
      status="warning"
      title={t('app.loadFailed')}
      subTitle={errorMessage(error)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        ) : null
      }
    />
  );
}
