import { Alert } from 'antd';
import { t } from '../../../i18n';
import { FormDialog } from '../../../ui/list/FormDialog';
import { type Field, options } from '../../../ui/list/fields';
import { useCreateCampaign } from '../hooks/useCampaigns';
import type { Campaign, CampaignTemplate } from '../types/campaign';
import { newName, yearField } from './campaignFields';

type Values = { template: CampaignTemplate; year: number; name?: string };

const templates: CampaignTemplate[] = ['gong-2014'];
const fields: readonly Field<never>[] = [
  {
    name: 'template',
    label: t('campaigns.template'),
    kind: 'select',
    options: options(templates, (key) => t(`campaigns.templates.${key}`)),
    input: { allowClear: false },
    item: { rules: [{ required: true }] },
    wide: true,
  },
  yearField,
  newName,
];

/** 从模板新建: the built-in 2014 plan, optionally moved to another year. */
export function TemplateModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (campaign: Campaign) => void;
}) {
  const create = useCreateCampaign();
  return (
    <FormDialog<null, Values>
      name="campaign-template"
      editing={open ? null : undefined}
      title={{ create: t('campaigns.templateTitle'), edit: t('campaigns.templateTitle') }}
      intro={
        <Alert
          type="info"
          showIcon
          title={t('campaigns.templateHelp')}
          style={{ marginBottom: 16 }}
        />
      }
      okText={t('common.create')}
      done={t('campaigns.created')}
      width={520}
      fields={fields}
      initialValues={() => ({ template: 'gong-2014', year: 2014 })}
      onSubmit={async (v) =>
        onCreated(
          await create.mutateAsync({
            fromTemplate: v.template,
            year: v.year,
            name: v.name?.trim() || undefined,
          }),
        )
      }
      onClose={onClose}
    />
  );
}
