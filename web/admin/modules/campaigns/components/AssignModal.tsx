import { Alert, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { t } from '../../../i18n';
import { FormDialog } from '../../../ui/list/FormDialog';
import type { ControlProps, Field } from '../../../ui/list/fields';
import { OrgMultiSelect } from '../../orgs/components/OrgMultiSelect';
import { useActivities, useAssign } from '../hooks/useCampaigns';
import type { AssignResult, Campaign } from '../types/campaign';
import { fromDay, toDay } from './dates';

type Values = { activityId: string; orgIds: string[]; deadline: Dayjs };

function ActivitySelect({ campaignId, ...props }: ControlProps & { campaignId: string }) {
  const activities = useActivities(campaignId);
  return (
    <Select<string>
      {...props}
      allowClear={false}
      showSearch={{ optionFilterProp: 'label' }}
      loading={activities.isPending}
      options={(activities.data?.items ?? []).map((a) => ({
        value: a.id,
        label: `${a.number}. ${a.title}`,
      }))}
    />
  );
}

const w = 'campaigns.assignments' as const;
const fields = (campaignId: string): Field<never>[] => [
  {
    name: 'activityId',
    label: t(`${w}.activity`),
    kind: 'custom',
    wide: true,
    required: t(`${w}.activityRequired`),
    control: (props) => <ActivitySelect {...props} campaignId={campaignId} />,
  },
  {
    name: 'orgIds',
    label: t(`${w}.orgs`),
    kind: 'custom',
    wide: true,
    item: { rules: [{ required: true, type: 'array', min: 1, message: t(`${w}.orgsRequired`) }] },
    control: ({ id, value, onChange }) => (
      <OrgMultiSelect
        id={id}
        value={value as unknown as string[]}
        onChange={(v) => onChange?.(v as unknown as string)}
      />
    ),
  },
  {
    name: 'deadline',
    label: t(`${w}.deadline`),
    kind: 'date',
    item: { rules: [{ required: true, message: t(`${w}.deadlineRequired`) }] },
  },
];

/** 分解任务: one activity to one or many units with a deadline. */
export function AssignModal({
  campaign,
  open,
  activityId,
  onClose,
}: {
  campaign: Campaign;
  open: boolean;
  activityId?: string;
  onClose: () => void;
}) {
  const assign = useAssign();
  return (
    <FormDialog<null, Values>
      name="assign"
      editing={open ? null : undefined}
      title={{ create: t(`${w}.assignTitle`), edit: t(`${w}.assignTitle`) }}
      intro={
        <Alert type="info" showIcon title={t(`${w}.assignHelp`)} style={{ marginBottom: 16 }} />
      }
      okText={t(`${w}.assign`)}
      done={(_, r) =>
        t(`${w}.assigned`, {
          created: (r as AssignResult).created,
          updated: (r as AssignResult).updated,
        })
      }
      fields={fields(campaign.id)}
      initialValues={() => ({ activityId, orgIds: [], deadline: toDay(campaign.endDate) })}
      onSubmit={(v) =>
        assign.mutateAsync({
          activityId: v.activityId,
          orgIds: v.orgIds,
          deadline: fromDay(v.deadline),
        })
      }
      onClose={onClose}
    />
  );
}
