import { App, Button, Popconfirm } from 'antd';
import { t } from '../../../i18n';
import { outbox } from '../hooks/useOutbox';
import type { OutboxItem } from '../utils/outbox';

type OutboxActionsProps = {
  item: OutboxItem;
  onFix: (item: OutboxItem) => void;
};

/** 修改 / 放弃 for an item still on this phone. */
export function OutboxActions({ item, onFix }: OutboxActionsProps) {
  const { message } = App.useApp();
  return (
    <>
      {item.rejected ? (
        <Button type="link" size="small" onClick={() => onFix(item)}>
          {t('visits.outbox.fix')}
        </Button>
      ) : null}
      <Popconfirm
        title={t('visits.outbox.discardConfirm')}
        okText={t('visits.outbox.discard')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={async () => {
          await outbox.discard(item.clientId);
          void message.success(t('visits.outbox.discarded'));
        }}
      >
        <Button type="link" size="small" danger>
          {t('visits.outbox.discard')}
        </Button>
      </Popconfirm>
    </>
  );
}
