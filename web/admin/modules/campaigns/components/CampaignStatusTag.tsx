import { Tag } from 'antd';
import { t } from '../../../i18n';
import type { CampaignStatus } from '../types/campaign';

const colors: Record<CampaignStatus, string> = {
  draft: 'default',
  active: 'processing',
  closed: 'success',
};

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  return <Tag color={colors[status]}>{t(`campaigns.statuses.${status}`)}</Tag>;
}
