import { Select } from 'antd';
import { type ControlProps, pickerField } from '../../../ui/list/fields';
import { useCategoryDirectory } from '../hooks/useHouseholdCategories';

type CategorySelectProps = ControlProps & {
  /** retired categories too: a filter still finds the households that keep one */
  all?: boolean;
  /** codes offered even when retired: the ones the household being edited still has */
  keep?: readonly string[];
  multiple?: boolean;
};

/** 住户类别 as the admin keeps them (系统设置 → 住户类别), never a list written in code. */
export function CategorySelect({
  all = false,
  keep = [],
  multiple,
  ...props
}: CategorySelectProps) {
  const options = useCategoryDirectory()
    .items.filter((c) => all || c.active || keep.includes(c.code))
    .map((c) => ({ value: c.code, label: c.label }));
  return (
    <Select {...props} mode={multiple ? 'multiple' : undefined} options={options} allowClear />
  );
}

/** The category filter of a list (retired ones included). */
export const categoryFilterField = pickerField((p) => <CategorySelect {...p} all />, {
  width: 120,
});

/** The categories of a household in its form; a retired one it has stays. */
export const categoriesField = (name: string, label: string, keep: readonly string[]) =>
  pickerField((p) => <CategorySelect {...p} multiple keep={keep} />, { wide: true })(name, label);
