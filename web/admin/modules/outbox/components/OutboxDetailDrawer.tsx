import { Typography } from 'antd';
import { t } from '../../../i18n';
import { DetailDrawer } from '../../../ui/list/DetailDrawer';
import { useOutboxItem } from '../hooks/useOutbox';
import { isRetryable } from '../types/outbox';
import { outboxDetail } from './outboxFields';
import { RetryButton } from './RetryButton';

type OutboxDetailDrawerProps = {
  id: string | null;
  canRetry: boolean;
  onClose: () => void;
};

/** One message in full: the recipient unmasked (an audited read) and the whole text. */
export function OutboxDetailDrawer({ id, canRetry, onClose }: OutboxDetailDrawerProps) {
  const item = useOutboxItem(id);
  const m = item.data;
  return (
    <DetailDrawer
      open={id !== null}
      title={t('outbox.detailTitle')}
      row={m}
      error={item.error}
      onRetry={() => void item.refetch()}
      fields={outboxDetail}
      onClose={onClose}
      extra={m && canRetry && isRetryable(m) ? <RetryButton id={m.id} /> : null}
    >
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('outbox.body')}
      </Typography.Title>
      <Typography.Paragraph
        copyable
        style={{ whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' }}
      >
        {m?.body}
      </Typography.Paragraph>
    </DetailDrawer>
  );
}
