import { App, Button, Popconfirm } from 'antd';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useUpdateCampaign } from '../hooks/useCampaigns';
import type { Campaign, CampaignStatus } from '../types/campaign';

/** 启动 / 结束 / 重新启动 with a confirmation, for the office. */
export function CampaignStatusActions({ campaign, size }: { campaign: Campaign; size?: 'small' }) {
  const { message } = App.useApp();
  const update = useUpdateCampaign();
  const change = (status: CampaignStatus) =>
    update.mutate(
      { id: campaign.id, input: { status } },
      {
        onSuccess: () => void message.success(t('campaigns.statusChanged')),
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  const type = size ? 'link' : 'default';
  if (campaign.status === 'active')
    return (
      <Popconfirm
        title={t('campaigns.closeConfirm', { name: campaign.name })}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() => change('closed')}
      >
        <Button type={type} size={size} danger loading={update.isPending}>
          {t('campaigns.close')}
        </Button>
      </Popconfirm>
    );
  return (
    <Popconfirm
      title={t('campaigns.startConfirm', { name: campaign.name })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={() => change('active')}
    >
      <Button type={size ? 'link' : 'primary'} size={size} loading={update.isPending}>
        {campaign.status === 'closed' ? t('campaigns.reopen') : t('campaigns.start')}
      </Button>
    </Popconfirm>
  );
}
