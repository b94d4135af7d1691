import { BellOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useReminders } from '../hooks/useMaterials';

/**
 * 一键提醒: counts the sendings not confirmed (of one material, or of all) and not reminded today,
 * asks whether to tell their units' admins, sends and says what happened.
 */
export function MaterialRemindButton({ materialId }: { materialId?: string }) {
  const { message, modal } = App.useApp();
  const remind = useReminders();

  const start = async () => {
    let counts: Awaited<ReturnType<typeof remind.mutateAsync>>;
    try {
      counts = await remind.mutateAsync({ materialId, dryRun: true });
    } catch (error) {
      void message.error(errorMessage(error));
      return;
    }
    const title = t('materials.remind.button');
    if (counts.unconfirmed === 0) {
      void modal.info({ title, content: t('materials.remind.none') });
      return;
    }
    if (counts.due === 0) {
      void modal.info({
        title,
        content: t('materials.remind.noneDue', { unconfirmed: counts.unconfirmed }),
      });
      return;
    }
    modal.confirm({
      title,
      content: t('materials.remind.confirm', { units: counts.units, due: counts.due }),
      okText: title,
      cancelText: t('common.cancel'),
      onOk: () =>
        remind.mutateAsync({ materialId, dryRun: false }).then(
          (result) =>
            void modal.success({
              title,
              content: t('materials.remind.result', {
                sent: result.sent,
                withoutAdmin: result.withoutAdmin,
              }),
              okText: t('common.confirm'),
            }),
          (error: unknown) => void message.error(errorMessage(error)),
        ),
    });
  };

  return (
    <Button icon={<BellOutlined />} loading={remind.isPending} onClick={() => void start()}>
      {t('materials.remind.button')}
    </Button>
  );
}
