import { Flex, Select, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { orDash } from '../../../ui/format';
import { inRange } from '../../../ui/forms';
import { deleteAction, editAction, rowActionsColumn } from '../../../ui/list/cells';
import { FormDialog } from '../../../ui/list/FormDialog';
import { type ControlProps, type Field, options } from '../../../ui/list/fields';
import { PlainList } from '../../../ui/list/PlainList';
import {
  useActivities,
  useDeleteActivity,
  usePhases,
  useSaveActivity,
} from '../hooks/useCampaigns';
import {
  type Activity,
  type ActivityModule,
  activityModules,
  type Campaign,
} from '../types/campaign';
import { ModuleTag } from './ModuleTag';

type Values = {
  number?: number;
  title: string;
  description?: string;
  module: ActivityModule;
  phaseId?: string | null;
};

/** A phase of the campaign, or 不分阶段. */
function PhaseSelect({ campaignId, ...props }: ControlProps & { campaignId: string }) {
  const phases = usePhases(campaignId);
  return (
    <Select<string | null>
      {...props}
      // the form keeps null for 不分阶段, as the API takes it
      onChange={(v) => props.onChange?.(v as string)}
      allowClear={false}
      loading={phases.isPending}
      options={[
        { value: null, label: t('campaigns.activities.noPhase') },
        ...(phases.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
      ]}
    />
  );
}

const w = 'campaigns.activities' as const;
const activityFields = (campaignId: string): Field<never>[] => [
  {
    name: 'number',
    label: t(`${w}.number`),
    kind: 'number',
    input: { precision: 0 },
    item: { extra: t(`${w}.numberHelp`), rules: [inRange(1, 999)] },
    wide: true,
  },
  {
    name: 'title',
    label: t(`${w}.title`),
    kind: 'text',
    maxLength: MAX_LEN.activityTitle,
    required: t(`${w}.titleRequired`),
    wide: true,
  },
  {
    name: 'module',
    label: t(`${w}.module`),
    kind: 'select',
    options: options(activityModules, (m) => t(`${w}.modules.${m}`)),
    input: { allowClear: false },
    item: { rules: [{ required: true, message: t(`${w}.moduleRequired`) }] },
  },
  {
    name: 'phaseId',
    label: t(`${w}.phase`),
    kind: 'custom',
    control: (props) => <PhaseSelect {...props} campaignId={campaignId} />,
  },
  {
    name: 'description',
    label: t(`${w}.description`),
    kind: 'textarea',
    maxLength: MAX_LEN.longText,
    input: { rows: 6 },
    wide: true,
  },
];

/** 活动项目: the numbered activities with the module that carries each. */
export function ActivitiesTab({ campaign, canPlan }: { campaign: Campaign; canPlan: boolean }) {
  const activities = useActivities(campaign.id);
  const remove = useDeleteActivity(campaign.id);
  const save = useSaveActivity(campaign.id);
  const [editing, setEditing] = useState<Activity | null>();

  const columns: TableColumnsType<Activity> = [
    { title: t(`${w}.number`), dataIndex: 'number', width: 60 },
    {
      title: t(`${w}.title`),
      dataIndex: 'title',
      width: 300,
      render: (title: string, a) => (
        <Flex vertical gap={2} style={{ maxWidth: 560 }}>
          <Typography.Text strong>{title}</Typography.Text>
          {a.description ? (
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 2, expandable: true, symbol: t(`${w}.expand`) }}
              style={{ margin: 0 }}
            >
              {a.description}
            </Typography.Paragraph>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(`${w}.module`),
      dataIndex: 'module',
      width: 110,
      render: (m: ActivityModule) => <ModuleTag module={m} />,
    },
    { title: t(`${w}.phase`), dataIndex: 'phaseName', width: 100, render: orDash },
    { title: t(`${w}.assignmentCount`), dataIndex: 'assignmentCount', width: 100 },
    ...rowActionsColumn(
      130,
      (a: Activity) => [
        editAction(() => setEditing(a)),
        {
          ...deleteAction(a.title, () => remove.mutateAsync(a.id), remove.isPending),
          confirmDescription: t(`${w}.deleteHint`),
        },
      ],
      canPlan,
    ),
  ];

  return (
    <PlainList<Activity>
      result={activities}
      columns={columns}
      rowKey="id"
      empty={t(`${w}.empty`)}
      add={{ label: t(`${w}.add`), onClick: () => setEditing(null), shown: canPlan }}
    >
      <FormDialog<Activity, Values>
        name="activity"
        editing={canPlan ? editing : undefined}
        title={{ create: t(`${w}.createTitle`), edit: t(`${w}.editTitle`) }}
        fields={activityFields(campaign.id)}
        initialValues={(a) => (a ? { ...a } : { module: 'other', phaseId: null })}
        onSubmit={(v, a) =>
          save.mutateAsync({
            id: a?.id ?? null,
            input: {
              number: v.number ?? undefined,
              title: v.title.trim(),
              description: v.description?.trim() ?? '',
              module: v.module,
              phaseId: v.phaseId ?? null,
            },
          })
        }
        onClose={() => setEditing(undefined)}
      />
    </PlainList>
  );
}
