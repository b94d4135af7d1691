import { t } from '../../../i18n';
import { ConfirmLinkButton } from '../../../ui/ConfirmLinkButton';
import { useRetryOutboxItem } from '../hooks/useOutbox';

/** 重新发送, after a confirmation. */
export function RetryButton({ id }: { id: string }) {
  const retry = useRetryOutboxItem();
  return (
    <ConfirmLinkButton
      label={t('outbox.retry')}
      confirmTitle={t('outbox.retryConfirm')}
      confirmDescription={t('outbox.retryDescription')}
      doneMessage={t('outbox.retried')}
      pending={retry.isPending}
      onConfirm={() => retry.mutateAsync(id)}
    />
  );
}
