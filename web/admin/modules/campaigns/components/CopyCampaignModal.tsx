import { Alert, Radio } from 'antd';
import { t } from '../../../i18n';
import { inRange } from '../../../ui/forms';
import { FormDialog } from '../../../ui/list/FormDialog';
import type { Field } from '../../../ui/list/fields';
import { useCopyCampaign } from '../hooks/useCampaigns';
import type { Campaign } from '../types/campaign';
import { newName, yearField } from './campaignFields';

type Values = { by: 'year' | 'days'; year?: number; shiftDays?: number; name?: string };

const byDays = (v: Record<string, unknown>) => v.by === 'days';
const fields: readonly Field<never>[] = [
  {
    name: 'by',
    label: t('campaigns.copyBy'),
    kind: 'custom',
    wide: true,
    control: ({ value, onChange }) => (
      <Radio.Group
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        options={[
          { value: 'year', label: t('campaigns.copyByYear') },
          { value: 'days', label: t('campaigns.copyByDays') },
        ]}
      />
    ),
  },
  {
    name: 'shiftDays',
    label: t('campaigns.shiftDays'),
    kind: 'number',
    input: { precision: 0 },
    item: {
      rules: [{ required: true, message: t('campaigns.shiftDaysRequired') }, inRange(-3650, 3650)],
    },
    wide: true,
    shownWhen: byDays,
  },
  { ...yearField, shownWhen: (v) => !byDays(v) },
  newName,
];

/** 复制到新年度: phases, activities and the latest quota rules with every date shifted. */
export function CopyCampaignModal({
  campaign,
  onClose,
  onCopied,
}: {
  campaign: Campaign | null;
  onClose: () => void;
  onCopied?: (copy: Campaign) => void;
}) {
  const copy = useCopyCampaign();
  const title = campaign ? t('campaigns.copyTitle', { name: campaign.name }) : '';
  return (
    <FormDialog<Campaign, Values>
      name="campaign-copy"
      editing={campaign ?? undefined}
      title={{ create: title, edit: title }}
      intro={
        <Alert type="info" showIcon title={t('campaigns.copyHelp')} style={{ marginBottom: 16 }} />
      }
      okText={t('campaigns.copy')}
      done={(_, created) =>
        t('campaigns.copied', { name: (created as Campaign | undefined)?.name ?? '' })
      }
      width={520}
      fields={fields}
      initialValues={(c) => ({ by: 'year', year: Number(c?.startDate.slice(0, 4)) + 1 })}
      onSubmit={async (v, c) => {
        if (!c) return;
        const name = v.name?.trim() || undefined;
        const input =
          v.by === 'year' ? { year: v.year ?? 0, name } : { shiftDays: v.shiftDays ?? 0, name };
        const created = await copy.mutateAsync({ id: c.id, input });
        onCopied?.(created);
        return created;
      }}
      onClose={onClose}
    />
  );
}
