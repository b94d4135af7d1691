import type { FormItemProps } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/** How a field is entered and shown: one kind drives its filter, form control, cell and detail. */
export type FieldKind =
  | 'text'
  | 'textarea'
  /** a password, typed hidden */
  | 'password'
  | 'number'
  | 'select'
  /** a yes/no: a 是/否 select in a filter bar, a switch in a form */
  | 'boolean'
  /** a box to tick (只看重复); ticked is true, unticked means "all" */
  | 'flag'
  | 'date'
  /** a moment, shown 'YYYY-MM-DD HH:mm' in China time (a cell or detail line only) */
  | 'dateTime'
  /** a period picked with one RangePicker; in the address and the query as two names */
  | 'dateRange'
  /** a picker of a feature (the unit tree, a cadre): `control` draws it */
  | 'custom';

export type FieldOption = { value: string; label: string };

/** What a custom control receives, the same as any antd control inside a Form.Item. */
export type ControlProps = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
};

/**
 * One field of a list (Ant Design Pro's ProTable idea, without its dependency): declared once,
 * it gives a filter in the filter bar, a control in the form dialog, a column's cell and a line
 * of the detail drawer. A page declares the arrays it needs (filters, form, detail) from specs.
 */
export type Field<Row = unknown> = {
  /** the key in the address, the filters, the form values and the row */
  name: string;
  label: string;
  kind: FieldKind;
  /** select: the choices; boolean: the words for true and false (default 是 / 否) */
  options?: readonly FieldOption[];
  /** custom: draws the control (an org tree, a contact point) */
  control?: (props: ControlProps) => ReactNode;
  /** dateRange: the two names it is kept under (default `from`, `to`) */
  range?: readonly [from: string, to: string];
  /** date, dateRange: pick months instead of days (kept as `YYYY-MM`) */
  picker?: 'month';
  /** text: the limit shown with a counter (docs/CONVENTIONS.md, rule 16) */
  maxLength?: number;
  /** filter bar: the box's width; form: the word in an empty box */
  width?: number;
  placeholder?: string;
  /** form: required, with this message */
  required?: string;
  /** form: anything else for its Form.Item (rules, extra, initialValue …) */
  item?: Omit<FormItemProps, 'name' | 'label' | 'children'>;
  /** form: more props for its control (`{ inputMode: 'numeric', showCount: false }`) */
  input?: Record<string, unknown>;
  /** form: the whole row instead of half of it */
  wide?: boolean;
  /** form: its width in 24ths of the row on a wide screen (default 12, `wide` 24) */
  span?: number;
  /** form: drawn as it is, the whole row wide, instead of a Form.Item (a Form.List of members) */
  element?: ReactNode;
  /** form: shown only while this holds for the values being entered */
  shownWhen?: (values: Record<string, unknown>) => boolean;
  /** a cell / detail line: how the row shows it (default: by kind) */
  render?: (row: Row) => ReactNode;
};

/** Choices from a list of codes and a way to name them: `options(ranks, r => t(...))`. */
export function options<V extends string>(
  values: readonly V[],
  label: (value: V) => string,
): FieldOption[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** The two names a period is kept under. */
export function rangeNames(field: {
  range?: readonly [string, string];
}): readonly [string, string] {
  return field.range ?? ['from', 'to'];
}

/**
 * A feature's picker as a field maker: `export const orgField = pickerField((p) => <OrgTreeSelect
 * {...p} />, { width: 220 })`, then `orgField('orgId', t('…'), { required: t('…') })`.
 */
export function pickerField(
  control: (props: ControlProps) => ReactNode,
  defaults: Partial<Field<never>> = {},
) {
  return <Row = never>(
    name: string,
    label: string,
    more: Partial<Field<Row>> = {},
  ): Field<Row> => ({
    name,
    label,
    kind: 'custom',
    control,
    ...(defaults as Partial<Field<Row>>),
    ...more,
  });
}
