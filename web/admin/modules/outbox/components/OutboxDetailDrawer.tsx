import { Descriptions, Drawer, Flex, Grid, Spin, Typography } from 'antd';
import { t } from '../../../i18n';
import { formatDateTime, orDash } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { useOutboxItem } from '../hooks/useOutbox';
import { isRetryable } from '../types/outbox';
import { OutboxStatusTag } from './OutboxStatusTag';
import { RetryButton } from './RetryButton';

type OutboxDetailDrawerProps = {
  id: string | null;
  canRetry: boolean;
  onClose: () => void;
};

const dateTime = (value: string | null) => formatDateTime(value);

/** One message in full: the recipient unmasked (an audited read) and the whole text. */
export function OutboxDetailDrawer({ id, canRetry, onClose }: OutboxDetailDrawerProps) {
  const isPhone = !Grid.useBreakpoint().md;
  const item = useOutboxItem(id);
  const m = item.data;
  return (
    <Drawer
      open={id !== null}
      title={t('outbox.detailTitle')}
      onClose={onClose}
      size={isPhone ? '100%' : 600}
      extra={m && canRetry && isRetryable(m) ? <RetryButton id={m.id} /> : null}
    >
      {item.error ? (
        <QueryError error={item.error} onRetry={() => void item.refetch()} />
      ) : !m ? (
        <Flex justify="center">
          <Spin />
        </Flex>
      ) : (
        <Flex vertical gap="middle">
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('outbox.kind')}>
              {t(`outbox.kinds.${m.kind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('outbox.recipient')}>{m.recipient}</Descriptions.Item>
            <Descriptions.Item label={t('outbox.trackingCode')}>
              {orDash(m.trackingCode)}
            </Descriptions.Item>
            <Descriptions.Item label={t('outbox.status')}>
              <OutboxStatusTag status={m.status} />
            </Descriptions.Item>
            {m.cappedReason ? (
              <Descriptions.Item label={t('outbox.cappedReason')}>
                {m.cappedReason}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('outbox.attempts')}>{m.attempts}</Descriptions.Item>
            <Descriptions.Item label={t('outbox.lastError')}>
              {orDash(m.lastError)}
            </Descriptions.Item>
            <Descriptions.Item label={t('outbox.createdAt')}>
              {dateTime(m.createdAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('outbox.sentAt')}>{dateTime(m.sentAt)}</Descriptions.Item>
            {m.kind === 'email' ? (
              <Descriptions.Item label={t('outbox.subject')}>{m.subject}</Descriptions.Item>
            ) : null}
          </Descriptions>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('outbox.body')}
          </Typography.Title>
          <Typography.Paragraph
            copyable
            style={{ whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' }}
          >
            {m.body}
          </Typography.Paragraph>
        </Flex>
      )}
    </Drawer>
  );
}
