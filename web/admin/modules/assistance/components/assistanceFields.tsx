import { Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import type { Messages } from '../../../i18n/zh-CN';
import type { ControlProps, Field } from '../../../ui/list/fields';
import { CadreSelect } from '../../cadres/components/CadreSelect';
import { useCategoryDirectory } from '../../household-categories/hooks/useHouseholdCategories';
import type { HouseholdCategory } from '../../households/types/household';
import { orgField } from '../../orgs/components/orgField';
import { usePairings } from '../../pairings/hooks/usePairings';
import type { Assistance, AssistanceInput } from '../types/assistance';

const w = (key: keyof Messages['households']['assistance']) => t(`households.assistance.${key}`);

const search: Field<never> = {
  name: 'q',
  label: w('searchPlaceholder'),
  kind: 'text',
  maxLength: MAX_LEN.search,
  width: 220,
};
const months: Field<never> = {
  name: 'months',
  label: w('months'),
  kind: 'dateRange',
  picker: 'month',
  width: 240,
};

/** A cadre filters by text and month; a unit admin by unit too. */
export const assistanceFilters = {
  cadre: [search, months] as readonly Field<never>[],
  admin: [search, orgField('orgId', w('org')), months] as readonly Field<never>[],
};

export type AssistanceValues = {
  cadreId?: string;
  householdId: string;
  date: Dayjs;
  measure: string;
  result?: string;
};

/** The households paired with the cadre chosen above (a cadre: his own), poor ones first. */
function PairedHouseholdSelect({ mine, record, ...props }: ControlProps & FormContext) {
  const cadreId = Form.useWatch('cadreId') as string | undefined;
  const pairings = usePairings(
    mine
      ? { mine: true, active: true, page: 1, pageSize: 100 }
      : { cadreId, active: true, page: 1, pageSize: 100 },
    !record && (mine || Boolean(cadreId)),
  );
  const categories = useCategoryDirectory();
  const label = (codes: readonly HouseholdCategory[]) =>
    codes.length ? ` · ${codes.map(categories.labelOf).join('、')}` : '';
  const choices = record
    ? [{ value: record.householdId, label: record.householdHeadName }]
    : [...(pairings.data?.items ?? [])]
        // poor households first: the month's quota counts help to them
        .sort(
          (a, b) =>
            Number(b.householdCategories.some(categories.isPoor)) -
            Number(a.householdCategories.some(categories.isPoor)),
        )
        .map((p) => ({
          value: p.householdId,
          label: `${p.householdHeadName}（${p.contactPointName}${label(p.householdCategories)}）`,
        }));
  return (
    <Select
      {...props}
      options={choices}
      disabled={record !== null}
      loading={pairings.isFetching}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

/** A new record's cadre: choosing another empties the household. */
function AssistanceCadreSelect({ record, ...props }: ControlProps & FormContext) {
  const form = Form.useFormInstance();
  return (
    <CadreSelect
      {...props}
      placeholder={undefined}
      fallbackLabel={record?.cadreName}
      disabled={record !== null}
      onChange={(value) => {
        props.onChange?.(value);
        form.setFieldValue('householdId', undefined);
      }}
    />
  );
}

type FormContext = { mine: boolean; record: Assistance | null };

/** 登记帮扶: household, date, measure, result; a cadre records his own (no cadre to choose). */
export function assistanceFormFields(context: FormContext): Field<never>[] {
  const note = (name: 'measure' | 'result', required?: string): Field<never> => ({
    name,
    label: w(name),
    kind: 'textarea',
    maxLength: MAX_LEN.note,
    placeholder: w(`${name}Placeholder`),
    required,
    wide: true,
  });
  return [
    ...(context.mine
      ? []
      : [
          {
            name: 'cadreId',
            label: w('cadre'),
            kind: 'custom',
            wide: true,
            required: w('cadreRequired'),
            control: (p) => <AssistanceCadreSelect {...p} {...context} />,
          } satisfies Field<never>,
        ]),
    {
      name: 'householdId',
      label: w('household'),
      kind: 'custom',
      wide: true,
      required: w('householdRequired'),
      item: {
        extra: context.mine && !context.record ? w('householdHintCadre') : undefined,
      },
      control: (p) => <PairedHouseholdSelect {...p} {...context} />,
    },
    {
      name: 'date',
      label: w('date'),
      kind: 'date',
      wide: true,
      item: { rules: [{ required: true, message: w('dateRequired') }] },
      input: { inputReadOnly: true, disabledDate: (d: Dayjs) => d.isAfter(dayjs(), 'day') },
    },
    note('measure', w('measureRequired')),
    note('result'),
  ];
}

export function toAssistanceValues(record: Assistance | null): Partial<AssistanceValues> {
  return record
    ? {
        cadreId: record.cadreId,
        householdId: record.householdId,
        date: dayjs(record.date),
        measure: record.measure,
        result: record.result,
      }
    : { date: dayjs() };
}

export function toAssistanceInput(values: AssistanceValues, mine: boolean): AssistanceInput {
  return {
    householdId: values.householdId,
    ...(mine ? {} : { cadreId: values.cadreId }),
    date: values.date.format('YYYY-MM-DD'),
    measure: values.measure.trim(),
    result: values.result?.trim() ?? '',
  };
}
