import { Select } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { type ControlProps, type Field, options } from '../../../ui/list/fields';
import { cadreField } from '../../cadres/components/cadreField';
import { orgField } from '../../orgs/components/orgField';
import { useCaseCategories } from '../hooks/useCases';
import { caseChannels, caseRatings, caseStatuses } from '../types/case';

function CategorySelect(props: ControlProps) {
  const categories = useCaseCategories();
  return (
    <Select<string>
      {...props}
      loading={categories.isPending}
      options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

const search: Field<never> = {
  name: 'q',
  label: t('cases.searchPlaceholder'),
  kind: 'text',
  maxLength: MAX_LEN.search,
  width: 240,
};
const select = (name: string, label: string, values: Field<never>['options']) =>
  ({ name, label, kind: 'select', options: values, width: 120 }) satisfies Field<never>;
const status = select(
  'status',
  t('cases.filterStatus'),
  options(caseStatuses, (s) => t(`cases.statuses.${s}`)),
);
const channel = select(
  'channel',
  t('cases.filterChannel'),
  options(caseChannels, (c) => t(`cases.channels.${c}`)),
);
/** 群众评价 (the dashboard's 满意/基本满意/不满意 open the cases so rated) */
const rating = select(
  'rating',
  t('cases.filterRating'),
  options(caseRatings, (r) => t(`cases.ratings.${r}`)),
);
const category: Field<never> = {
  name: 'categoryId',
  label: t('cases.filterCategory'),
  kind: 'custom',
  width: 140,
  control: (props) => <CategorySelect {...props} />,
};
const received: Field<never> = {
  name: 'received',
  label: t('cases.filterFrom'),
  kind: 'dateRange',
  width: 250,
};
const overdue: Field<never> = { name: 'overdue', label: t('cases.overdueOnly'), kind: 'flag' };

/**
 * Text search, status, channel, category, date range and 只看超期; those who oversee also filter
 * by unit, handler and 群众评价 (a cadre's own list has neither).
 */
export const caseFilters = {
  own: [search, status, channel, category, received, overdue] as readonly Field<never>[],
  all: [
    search,
    status,
    channel,
    category,
    orgField('orgId', t('cases.filterOrg'), { width: 200 }),
    cadreField('handlerCadreId', t('cases.filterHandler')),
    received,
    rating,
    overdue,
  ] as readonly Field<never>[],
};
