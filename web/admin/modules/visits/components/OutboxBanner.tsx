import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { outboxPersistent, useFlushOutbox, useOutboxItems } from '../hooks/useOutbox';

/** "本机有 N 条走访记录待上传" with an 上传 button; nothing when the outbox is empty. */
export function OutboxBanner() {
  const items = useOutboxItems();
  const flush = useFlushOutbox();
  const { message } = App.useApp();
  const [sending, setSending] = useState(false);
  if (items.length === 0) return null;
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
