import type { Field } from '../../../ui/list/fields';
import { CadreSelect } from './CadreSelect';

/** An active cadre in scope, searched by name, as a list-kit field (filter or form). */
export function cadreField<Row = unknown>(
  name: string,
  label: string,
  more: Partial<Field<Row>> = {},
): Field<Row> {
  return {
    name,
    label,
    kind: 'custom',
    width: 180,
    control: (props) => <CadreSelect {...props} />,
    ...more,
  };
}
