import { t } from '../../../i18n';
import { type RowAction, RowActions } from '../../../ui/list/cells';
import { useRetryOutboxItem } from '../hooks/useOutbox';

/** 重新发送, after a confirmation. */
export const retryAction = (
  id: string,
  retry: ReturnType<typeof useRetryOutboxItem>,
): RowAction => ({
  label: t('outbox.retry'),
  confirm: t('outbox.retryConfirm'),
  confirmDescription: t('outbox.retryDescription'),
  done: t('outbox.retried'),
  pending: retry.isPending,
  run: () => retry.mutateAsync(id),
});

/** 重新发送 in the drawer's header. */
export function RetryButton({ id }: { id: string }) {
  const retry = useRetryOutboxItem();
  return <RowActions actions={[retryAction(id, retry)]} />;
}
