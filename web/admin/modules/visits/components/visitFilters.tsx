import { Select } from 'antd';
import { t } from '../../../i18n';
import { FilterTick } from '../../../ui/list/FieldControl';
import type { ControlProps, Field } from '../../../ui/list/fields';
import { MonthControl } from '../../../ui/list/MonthControl';
import { cadreField } from '../../cadres/components/cadreField';
import { orgField } from '../../orgs/components/orgField';
import { useAllContactPoints } from '../hooks/useVisits';

function ContactPointSelect(props: ControlProps) {
  const points = useAllContactPoints();
  return (
    <Select<string>
      {...props}
      options={(points.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      loading={points.isPending}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

/** 只看我的: the signed-in cadre as the cadre filter, ticked or not. */
function MineOnly({ own, value, onChange }: ControlProps & { own: string }) {
  return (
    <FilterTick
      label={t('visits.mineOnly')}
      checked={value === own}
      onChange={(checked) => onChange?.(checked ? own : undefined)}
    />
  );
}

const month: Field<never> = {
  name: 'month',
  label: t('visits.filterMonth'),
  kind: 'custom',
  width: 140,
  control: (props) => <MonthControl {...props} />,
};
const point: Field<never> = {
  name: 'contactPointId',
  label: t('visits.filterContactPoint'),
  kind: 'custom',
  width: 180,
  control: (props) => <ContactPointSelect {...props} />,
};

/**
 * Month, unit, cadre and contact point of the visit list. A cadre sees his unit's visits: no unit
 * or cadre to choose, but 只看我的 (`ownCadreId`), kept as `?cadreId=` like 我的本月's link.
 */
export function visitFilters(oversees: boolean, ownCadreId: string | null): Field<never>[] {
  if (oversees)
    return [
      month,
      orgField('orgId', t('visits.filterOrg')),
      cadreField('cadreId', t('visits.filterCadre'), { width: 200 }),
      point,
    ];
  const mine: Field<never>[] = ownCadreId
    ? [
        {
          name: 'cadreId',
          label: t('visits.mineOnly'),
          kind: 'custom',
          control: (props) => <MineOnly {...props} own={ownCadreId} />,
        },
      ]
    : [];
  return [month, point, ...mine];
}
