import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { t } from '../../../i18n';
import { apiRequest, type Page } from '../../../ui/api';
import { type ControlProps, pickerField } from '../../../ui/list/fields';
import { CAMPAIGNS_PATH, campaignKeys } from '../api/campaignsApi';
import type { Campaign } from '../types/campaign';

/** The campaigns newest first (a bureau has a few a year: one page holds them). */
function useCampaignChoices() {
  return useQuery({
    queryKey: [...campaignKeys.lists(), 'choices'],
    queryFn: () =>
      apiRequest<Page<Campaign>>(CAMPAIGNS_PATH, { query: { page: 1, pageSize: 100 } }),
    staleTime: 5 * 60_000,
  });
}

/** A campaign picked by name, its state beside it (进行中, 已结束 …). */
export function CampaignSelect(props: ControlProps) {
  const campaigns = useCampaignChoices();
  return (
    <Select<string>
      {...props}
      loading={campaigns.isPending}
      options={(campaigns.data?.items ?? []).map((c) => ({
        value: c.id,
        label: `${c.name}（${t(`campaigns.states.${c.state}`)}）`,
      }))}
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
    />
  );
}

/** A campaign as a list-kit field (filter or form). */
export const campaignField = pickerField((props) => <CampaignSelect {...props} />, {
  width: 220,
});
