import { BellOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useSendReminders } from '../hooks/useCompliance';

/** 发送提醒: in-app reminders to the month's cadres who are behind (once per cadre and month). */
export function RemindButton({ month }: { month: string }) {
  const { message, modal } = App.useApp();
  const send = useSendReminders();
  return (
    <Popconfirm
      title={t('compliance.remindConfirm', { month })}
      okText={t('compliance.remind')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: send.isPending }}
      onConfirm={() =>
        send.mutateAsync(month).then(
          (result) =>
            void modal.success({
              title: t('compliance.remind'),
              content: t('compliance.remindResult', {
                behind: result.behind,
                notified: result.notified,
              }),
              okText: t('common.confirm'),
            }),
          (error: unknown) => void message.error(errorMessage(error)),
        )
      }
    >
      <Button icon={<BellOutlined />} loading={send.isPending}>
        {t('compliance.remind')}
      </Button>
    </Popconfirm>
  );
}
