import { Checkbox, DatePicker, Input, InputNumber, Select, Switch, theme } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { EMPTY_CELL, formatDate, formatDateTime, orDash } from '../format';
import { type Field, type FieldOption, rangeNames } from './fields';

const yesNo: readonly FieldOption[] = [
  { value: 'true', label: t('common.yes') },
  { value: 'false', label: t('common.no') },
];

/**
 * A tick in the filter bar (只看我的, 只看超期): its words are the tap target, as tall as the
 * controls beside it (44 px on a phone, ui/theme.ts), so a finger need not hit the box.
 */
export function FilterTick(p: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { token } = theme.useToken();
  return (
    <Checkbox
      checked={p.checked}
      onChange={(e) => p.onChange(e.target.checked)}
      style={{ minHeight: token.controlHeight, alignItems: 'center' }}
    >
      {p.label}
    </Checkbox>
  );
}

/** A yes/no field's two words: its own (启用 / 停用) or 是 / 否. */
export const booleanOptions = (field: Pick<Field<never>, 'options'>) => field.options ?? yesNo;

/**
 * The control of a field inside a form dialog's Form.Item (which passes value and onChange).
 * `props` are what antd's Form.Item injects.
 */
export function FormControl({ field, ...props }: { field: Field<never> }) {
  const common = { ...props, placeholder: field.placeholder, ...field.input };
  switch (field.kind) {
    case 'textarea':
      return <Input.TextArea rows={3} maxLength={field.maxLength} showCount {...common} />;
    case 'password':
      return <Input.Password maxLength={field.maxLength} {...common} />;
    case 'number':
      return <InputNumber {...common} style={{ width: '100%' }} />;
    case 'select':
      return <Select {...common} options={field.options as FieldOption[]} allowClear />;
    case 'boolean':
    case 'flag':
      return <Switch {...props} {...field.input} />;
    case 'date':
      return <DatePicker {...common} style={{ width: '100%' }} />;
    case 'dateRange':
      return <DatePicker.RangePicker {...props} {...field.input} style={{ width: '100%' }} />;
    case 'custom':
      return <>{field.control?.({ ...common, style: { width: '100%' } })}</>;
    default:
      return (
        <Input maxLength={field.maxLength} showCount={field.maxLength !== undefined} {...common} />
      );
  }
}

type FilterControlProps = {
  field: Field<never>;
  values: Record<string, unknown>;
  /** the server's word on this filter (a reversed period), shown on it */
  error?: string;
  onChange: (patch: Record<string, string | boolean | undefined>) => void;
};

/** One filter of a filter bar: labelled by its placeholder, cleared to "all". */
export function FilterControl({ field, values, error, onChange }: FilterControlProps) {
  const label = field.placeholder ?? field.label;
  const common = {
    allowClear: true,
    placeholder: label,
    'aria-label': label,
    style: { width: field.width ?? 140 },
  };
  const value = values[field.name];
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return (
        <Input.Search
          {...common}
          // the box shows what the address says, also after the back button
          key={String(value ?? '')}
          maxLength={field.maxLength}
          showCount={field.maxLength !== undefined}
          defaultValue={typeof value === 'string' ? value : undefined}
          onSearch={(q) => onChange({ [field.name]: q.trim() || undefined })}
          style={{ width: field.width ?? 240 }}
        />
      );
    case 'select':
      return (
        <Select<string>
          {...common}
          options={field.options as FieldOption[]}
          value={value as string | undefined}
          onChange={(next) => onChange({ [field.name]: next })}
        />
      );
    case 'boolean':
      return (
        <Select<string>
          {...common}
          options={booleanOptions(field) as FieldOption[]}
          value={value === undefined ? undefined : String(value)}
          onChange={(next) =>
            onChange({ [field.name]: next === undefined ? undefined : next === 'true' })
          }
        />
      );
    case 'flag':
      return (
        <FilterTick
          label={label}
          checked={value === true}
          onChange={(checked) => onChange({ [field.name]: checked || undefined })}
        />
      );
    case 'dateRange': {
      const [from, to] = rangeNames(field);
      const day = (name: string) =>
        typeof values[name] === 'string' ? dayjs(values[name] as string) : null;
      const format = field.picker === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD';
      return (
        <DatePicker.RangePicker
          order={false}
          picker={field.picker}
          inputReadOnly={field.picker === 'month'}
          style={field.width ? { width: field.width } : undefined}
          aria-label={label}
          status={error ? 'error' : undefined}
          title={error}
          value={[day(from), day(to)]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            onChange({
              [from]: range?.[0]?.format(format),
              [to]: range?.[1]?.format(format),
            })
          }
        />
      );
    }
    case 'custom':
      return (
        <>
          {field.control?.({
            ...common,
            value: value as string | undefined,
            onChange: (next) => onChange({ [field.name]: next }),
            style: { width: field.width ?? 200 },
          })}
        </>
      );
    default:
      return null;
  }
}

/** How a row shows a field by its kind, for a cell or a detail line. */
export function showField<Row>(field: Field<Row>, row: Row): ReactNode {
  if (field.render) return field.render(row);
  const value = (row as Record<string, unknown>)[field.name];
  if (value === null || value === undefined || value === '') return EMPTY_CELL;
  switch (field.kind) {
    case 'boolean':
    case 'flag': {
      const [yes, no] = booleanOptions(field);
      return value ? yes?.label : no?.label;
    }
    case 'select':
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    case 'date':
      return formatDate(String(value));
    case 'dateTime':
      return formatDateTime(String(value));
    default:
      return orDash(String(value));
  }
}
