import { BellOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useCountIncomplete, useSendSixOnesReminders } from '../hooks/useSixOnes';

type Props = { orgId?: string; campaignId?: string };

/**
 * 发送提醒: counts the leading cadres (of the unit filtered, else of the scope) who lack an item,
 * asks whether to remind them, sends (once per cadre, campaign and day) and says what happened.
 */
export function SixOnesRemindButton({ orgId, campaignId }: Props) {
  const { message, modal } = App.useApp();
  const count = useCountIncomplete();
  const send = useSendSixOnesReminders();
  const scope = orgId ? t('sixOnes.remindScopeUnit') : t('sixOnes.remindScopeAll');

  const remind = async () => {
    let incomplete: number;
    try {
      incomplete = await count.mutateAsync({ orgId, campaignId });
    } catch (error) {
      void message.error(errorMessage(error));
      return;
    }
    if (incomplete === 0) {
      void modal.info({ title: t('sixOnes.remind'), content: t('sixOnes.remindNone') });
      return;
    }
    modal.confirm({
      title: t('sixOnes.remind'),
      content: t('sixOnes.remindConfirm', { scope, count: incomplete }),
      okText: t('sixOnes.remind'),
      cancelText: t('common.cancel'),
      onOk: () =>
        send.mutateAsync({ orgId, campaignId }).then(
          (result) =>
            void modal.success({
              title: t('sixOnes.remind'),
              content: t('sixOnes.remindResult', {
                missing: result.missing,
                sent: result.sent,
                skipped: result.skippedNoAccount,
              }),
              okText: t('common.confirm'),
            }),
          (error: unknown) => void message.error(errorMessage(error)),
        ),
    });
  };

  return (
    <Button
      icon={<BellOutlined />}
      loading={count.isPending || send.isPending}
      onClick={() => void remind()}
    >
      {t('sixOnes.remind')}
    </Button>
  );
}
