import dayjs, { type Dayjs } from 'dayjs';
import { monthOf, todayInChina } from '../../../../../common/dates.ts';
import { t } from '../../../i18n';
import { inRange } from '../../../ui/forms';
import { FormDialog } from '../../../ui/list/FormDialog';
import { type Field, options } from '../../../ui/list/fields';
import { useCreateQuotaRule } from '../hooks/useQuotaRules';
import { type QuotaRule, type Rank, ranks } from '../types/quotaRule';

type Values = {
  rank: Rank;
  effectiveFrom: Dayjs;
  minDaysPerMonth: number;
  minHouseholds: number;
  maxHouseholds: number;
  minPoorHelped: number;
};

type Editing = { rank: Rank; rule: QuotaRule | undefined };

type Props = {
  campaign: { id: string; startDate: string; endDate: string };
  /** undefined = closed; otherwise the rank to adjust and its version in force, if any */
  editing: Editing | undefined;
  onClose: () => void;
};

const thisMonth = () => dayjs(monthOf(todayInChina()), 'YYYY-MM');
const required = { required: true, message: t('campaigns.rules.required') };
const count = (name: keyof Values, label: string, max: number, more = {}): Field<never> => ({
  name,
  label,
  kind: 'number',
  input: { precision: 0 },
  item: { rules: [required, inRange(0, max)], ...more },
});

/** 调整指标: a new version of a rank's quota from a month on (the office only). */
export function QuotaRuleFormModal({ campaign, editing, onClose }: Props) {
  const create = useCreateQuotaRule();
  const start = dayjs(campaign.startDate.slice(0, 7), 'YYYY-MM');
  const end = dayjs(campaign.endDate.slice(0, 7), 'YYYY-MM');
  const started = dayjs().format('YYYY-MM-DD') >= campaign.startDate;
  const earliest = started && thisMonth().isAfter(start) ? thisMonth() : start;
  const fields: Field<never>[] = [
    {
      name: 'rank',
      label: t('campaigns.rules.rank'),
      kind: 'select',
      options: options(ranks, (r) => t(`campaigns.rules.ranks.${r}`)),
      input: { allowClear: false },
      item: { rules: [required] },
    },
    {
      name: 'effectiveFrom',
      label: t('campaigns.rules.effectiveFrom'),
      kind: 'date',
      input: {
        picker: 'month',
        disabledDate: (d: Dayjs) => d.isBefore(earliest, 'month') || d.isAfter(end, 'month'),
      },
      item: {
        extra: t('campaigns.rules.monthHelp'),
        rules: [{ required: true, message: t('campaigns.rules.monthRequired') }],
      },
    },
    count('minDaysPerMonth', t('campaigns.rules.minDays'), 31),
    count('minHouseholds', t('campaigns.rules.minHouseholds'), 100),
    count('maxHouseholds', t('campaigns.rules.maxHouseholds'), 100, {
      dependencies: ['minHouseholds'],
      rules: [
        required,
        inRange(0, 100),
        ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
          validator: (_: unknown, value: number | undefined) =>
            value === undefined || value >= (getFieldValue('minHouseholds') as number)
              ? Promise.resolve()
              : Promise.reject(new Error(t('campaigns.rules.rangeInvalid'))),
        }),
      ],
    }),
    count('minPoorHelped', t('campaigns.rules.minPoor'), 100),
  ];
  const month = (v: Values) => v.effectiveFrom.format('YYYY-MM');

  return (
    <FormDialog<Editing, Values>
      name="quota-rule"
      // always a new version: the title is 调整指标 whether or not a rule is in force
      editing={editing === undefined ? undefined : null}
      title={{ create: t('campaigns.rules.addTitle'), edit: t('campaigns.rules.addTitle') }}
      fields={fields}
      initialValues={() => ({
        rank: editing?.rank,
        effectiveFrom: earliest.isAfter(end) ? end : earliest,
        minDaysPerMonth: editing?.rule?.minDaysPerMonth ?? 3,
        minHouseholds: editing?.rule?.minHouseholds ?? 3,
        maxHouseholds: editing?.rule?.maxHouseholds ?? 5,
        minPoorHelped: editing?.rule?.minPoorHelped ?? 1,
      })}
      done={(v) => t('campaigns.rules.saved', { month: month(v) })}
      onSubmit={(v) =>
        create.mutateAsync({ campaignId: campaign.id, ...v, effectiveFrom: month(v) })
      }
      onClose={onClose}
      width={520}
    />
  );
}
