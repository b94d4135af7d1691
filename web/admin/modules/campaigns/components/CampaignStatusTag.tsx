import { Tag } from 'antd';
import { t } from '../../../i18n';
import type { CampaignState } from '../types/campaign';

const colors: Record<CampaignState, string> = {
  draft: 'default',
  not_started: 'warning',
  ongoing: 'processing',
  ended: 'success',
};

/** The state users see: the office's status read with the campaign's dates (server-side). */
export function CampaignStatusTag({ state }: { state: CampaignState }) {
  return <Tag color={colors[state]}>{t(`campaigns.states.${state}`)}</Tag>;
}
