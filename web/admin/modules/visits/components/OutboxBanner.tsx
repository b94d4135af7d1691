import { CloudUploadOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useOnline } from '../../offline/hooks/useOnline';
import { outboxPersistent, useFlushOutbox, useOutboxItems } from '../hooks/useOutbox';

/**
 * "本机有 N 条走访记录待上传" with an 上传 button; without a connection "当前离线…" and the count
 * (no button: the outbox sends by itself once the browser is back online); nothing when online
 * with an empty outbox.
 */
export function OutboxBanner() {
  const items = useOutboxItems();
  const flush = useFlushOutbox();
  const online = useOnline();
  const { message } = App.useApp();
  const [sending, setSending] = useState(false);
  if (items.length === 0 && online) return null;
  const rejected = items.filter((i) => i.rejected).length;

  const upload = async () => {
    setSending(true);
    try {
      const result = await flush();
      if (!result) return;
      if (result.sent) void message.success(t('visits.outbox.uploaded', { count: result.sent }));
      if (result.stopped) void message.warning(t('visits.outbox.stillOffline'));
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setSending(false);
    }
  };

  if (!online) {
    return (
      <Alert
        type="warning"
        showIcon
        icon={<DisconnectOutlined />}
        title={t('visits.outbox.offline')}
        description={[
          items.length
            ? t('visits.outbox.pending', { count: items.length })
            : t('visits.outbox.noneWaiting'),
          rejected ? t('visits.outbox.pendingInvalid', { count: rejected }) : null,
        ]
          .filter(Boolean)
          .join('；')}
        style={{ marginBottom: 16 }}
      />
    );
  }

  const description = [
    rejected ? t('visits.outbox.pendingInvalid', { count: rejected }) : null,
    outboxPersistent ? null : t('visits.outbox.unsupported'),
  ]
    .filter(Boolean)
    .join('；');

  return (
    <Alert
      type={rejected ? 'error' : 'warning'}
      showIcon
      icon={<CloudUploadOutlined />}
      title={t('visits.outbox.pending', { count: items.length })}
      description={description || undefined}
      style={{ marginBottom: 16 }}
      action={
        items.length > rejected ? (
          <Button type="primary" loading={sending} onClick={() => void upload()}>
            {sending ? t('visits.outbox.uploadingNow') : t('visits.outbox.upload')}
          </Button>
        ) : null
      }
    />
  );
}
