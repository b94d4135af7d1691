import type { Field } from '../../../ui/list/fields';
import { OrgTreeSelect } from './OrgTreeSelect';

/** A unit picked from the tree the user may see, as a list-kit field (filter or form). */
export function orgField<Row = unknown>(
  name: string,
  label: string,
  more: Partial<Field<Row>> = {},
): Field<Row> {
  return {
    name,
    label,
    kind: 'custom',
    width: 220,
    wide: true,
    control: (props) => <OrgTreeSelect {...props} />,
    ...more,
  };
}
