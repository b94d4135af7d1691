import { pickerField } from '../../../ui/list/fields';
import { OrgTreeSelect } from './OrgTreeSelect';

/** A unit picked from the tree the user may see, as a list-kit field (filter or form). */
export const orgField = pickerField((props) => <OrgTreeSelect {...props} />, {
  width: 220,
  wide: true,
});
