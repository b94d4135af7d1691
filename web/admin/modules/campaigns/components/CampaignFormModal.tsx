import { t } from '../../../i18n';
import { RANGE_FIELDS } from '../../../ui/forms';
import { FormDialog } from '../../../ui/list/FormDialog';
import { useCreateCampaign, useUpdateCampaign } from '../hooks/useCampaigns';
import type { Campaign } from '../types/campaign';
import {
  type CampaignValues,
  campaignFormFields,
  toCampaignInput,
  toCampaignValues,
} from './campaignFields';

type Props = {
  open: boolean;
  /** The campaign being edited; null for a new blank one. */
  campaign: Campaign | null;
  onClose: () => void;
  onCreated?: (campaign: Campaign) => void;
};

/** New blank campaign, or edit name, description, dates and reminder days. */
export function CampaignFormModal({ open, campaign, onClose, onCreated }: Props) {
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  return (
    <FormDialog<Campaign, CampaignValues>
      name="campaign"
      editing={open ? campaign : undefined}
      title={{ create: t('campaigns.createTitle'), edit: t('campaigns.editTitle') }}
      fields={campaignFormFields}
      initialValues={toCampaignValues}
      aliases={RANGE_FIELDS}
      done={campaign ? t('common.saved') : t('campaigns.created')}
      width={520}
      onSubmit={async (values, row) => {
        const input = toCampaignInput(values);
        if (row) return update.mutateAsync({ id: row.id, input });
        const created = await create.mutateAsync(input);
        onCreated?.(created);
      }}
      onClose={onClose}
    />
  );
}
