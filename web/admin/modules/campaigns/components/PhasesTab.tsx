import { Flex, type TableColumnsType, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { inRange, RANGE_FIELDS } from '../../../ui/forms';
import { deleteAction, editAction, rowActionsColumn } from '../../../ui/list/cells';
import { FormDialog } from '../../../ui/list/FormDialog';
import type { Field } from '../../../ui/list/fields';
import { PlainList } from '../../../ui/list/PlainList';
import { useDeletePhase, usePhases, useSavePhase } from '../hooks/useCampaigns';
import type { Campaign, Phase } from '../types/campaign';
import { formatRange, fromDay, toDay, todayInChina } from './dates';

type Values = { name: string; dates: [Dayjs, Dayjs]; sortOrder?: number };

/** A phase's name, its dates within the campaign's, its place in the order. */
const phaseFields = (campaign: Campaign): Field<never>[] => [
  {
    name: 'name',
    label: t('campaigns.phases.name'),
    kind: 'text',
    maxLength: MAX_LEN.phaseName,
    required: t('campaigns.phases.nameRequired'),
    wide: true,
  },
  {
    name: 'dates',
    label: t('campaigns.phases.dates'),
    kind: 'dateRange',
    wide: true,
    input: {
      order: false,
      disabledDate: (d: Dayjs) => {
        const day = fromDay(d);
        return day < campaign.startDate || day > campaign.endDate;
      },
    },
    item: {
      extra: t('campaigns.phases.outside', { start: campaign.startDate, end: campaign.endDate }),
      rules: [{ required: true, message: t('campaigns.phases.datesRequired') }],
    },
  },
  {
    name: 'sortOrder',
    label: t('campaigns.phases.sortOrder'),
    kind: 'number',
    input: { precision: 0 },
    item: { rules: [inRange(0, 1000)] },
  },
];

/** 阶段 of a campaign; the office adds, edits and deletes them. */
export function PhasesTab({ campaign, canPlan }: { campaign: Campaign; canPlan: boolean }) {
  const phases = usePhases(campaign.id);
  const remove = useDeletePhase(campaign.id);
  const save = useSavePhase(campaign.id);
  const [editing, setEditing] = useState<Phase | null>();
  const today = todayInChina();

  const columns: TableColumnsType<Phase> = [
    { title: t('campaigns.phases.sortOrder'), dataIndex: 'sortOrder', width: 70 },
    {
      title: t('campaigns.phases.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <Flex gap={4} align="center" wrap>
          {name}
          {p.startDate <= today && today <= p.endDate ? (
            <Tag color="processing">{t('campaigns.phases.current')}</Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('campaigns.phases.dates'),
      key: 'dates',
      render: (_: unknown, p) => formatRange(p.startDate, p.endDate),
    },
    ...rowActionsColumn(
      140,
      (p: Phase) => [
        editAction(() => setEditing(p)),
        deleteAction(p.name, () => remove.mutateAsync(p.id), remove.isPending),
      ],
      canPlan,
    ),
  ];

  return (
    <PlainList<Phase>
      result={phases}
      columns={columns}
      rowKey="id"
      empty={t('campaigns.phases.empty')}
      add={{ label: t('campaigns.phases.add'), onClick: () => setEditing(null), shown: canPlan }}
    >
      <FormDialog<Phase, Values>
        name="phase"
        editing={canPlan ? editing : undefined}
        title={{ create: t('campaigns.phases.createTitle'), edit: t('campaigns.phases.editTitle') }}
        fields={phaseFields(campaign)}
        initialValues={(p) =>
          p
            ? {
                name: p.name,
                dates: [toDay(p.startDate), toDay(p.endDate)],
                sortOrder: p.sortOrder,
              }
            : {}
        }
        aliases={RANGE_FIELDS}
        width={520}
        onSubmit={(v, p) =>
          save.mutateAsync({
            id: p?.id ?? null,
            input: {
              name: v.name.trim(),
              startDate: fromDay(v.dates[0]),
              endDate: fromDay(v.dates[1]),
              sortOrder: v.sortOrder,
            },
          })
        }
        onClose={() => setEditing(undefined)}
      />
    </PlainList>
  );
}
