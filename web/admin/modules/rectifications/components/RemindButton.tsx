import { BellOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { sendReminders } from '../api/rectificationsApi';

const R = 'rectifications' as const;

/** 提醒逾期: counts first and asks, then sends (each item at most once a day). */
export function RemindButton({ orgId, campaignId }: { orgId?: string; campaignId?: string }) {
  const { message, modal } = App.useApp();
  const [pending, setPending] = useState(false);
  const ask = async () => {
    setPending(true);
    try {
      const count = await sendReminders({ orgId, campaignId, dryRun: true });
      if (count.overdue === 0) {
        void message.info(t(`${R}.remindNone`));
        return;
      }
      modal.confirm({
        title: t(`${R}.remindConfirm`, { overdue: count.overdue }),
        okText: t(`${R}.remind`),
        onOk: async () => {
          const sent = await sendReminders({ orgId, campaignId, dryRun: false });
          void message.success(
            [
              t(`${R}.remindDone`, { sent: sent.sent }),
              sent.skippedNoAccount ? t(`${R}.remindNoAccount`, { n: sent.skippedNoAccount }) : '',
            ]
              .filter(Boolean)
              .join('；'),
          );
        },
      });
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <Button icon={<BellOutlined />} loading={pending} onClick={() => void ask()}>
      {t(`${R}.remind`)}
    </Button>
  );
}
