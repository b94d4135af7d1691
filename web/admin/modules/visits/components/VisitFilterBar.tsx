import { Checkbox, DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { t } from '../../../i18n';
import { CadreSelect } from '../../cadres/components/CadreSelect';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useAllContactPoints } from '../hooks/useVisits';
import type { VisitFilters } from '../types/visit';

type VisitFilterBarProps = {
  filters: VisitFilters;
  onChange: (filters: VisitFilters) => void;
  /** a cadre sees his unit's visits; choosing a unit or a cadre is for those who oversee */
  showOrgAndCadre: boolean;
  /** the signed-in cadre, for 只看我的 */
  ownCadreId?: string | null;
};

/** Month, unit, cadre and contact point filters of the visit list. */
export function VisitFilterBar({
  filters,
  onChange,
  showOrgAndCadre,
  ownCadreId,
}: VisitFilterBarProps) {
  const set = (patch: Partial<VisitFilters>) => onChange({ ...filters, ...patch });
  const points = useAllContactPoints();
  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }}>
      <DatePicker
        picker="month"
        allowClear
        inputReadOnly
        aria-label={t('visits.filterMonth')}
        placeholder={t('visits.filterMonth')}
        value={filters.month ? dayjs(`${filters.month}-01`) : null}
        onChange={(value) => set({ month: value ? value.format('YYYY-MM') : undefined })}
        style={{ width: 140 }}
      />
      {showOrgAndCadre ? (
        <>
          <OrgTreeSelect
            allowClear
            aria-label={t('visits.filterOrg')}
            placeholder={t('visits.filterOrg')}
            value={filters.orgId}
            onChange={(orgId) => set({ orgId })}
            style={{ width: 220 }}
          />
          <CadreSelect
            allowClear
            aria-label={t('visits.filterCadre')}
            placeholder={t('visits.filterCadre')}
            value={filters.cadreId}
            onChange={(cadreId) => set({ cadreId })}
            style={{ width: 200 }}
          />
        </>
      ) : null}
      <Select
        allowClear
        aria-label={t('visits.filterContactPoint')}
        placeholder={t('visits.filterContactPoint')}
        value={filters.contactPointId}
        onChange={(contactPointId?: string) => set({ contactPointId })}
        options={(points.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        loading={points.isPending}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 180 }}
      />
      {!showOrgAndCadre && ownCadreId ? (
        <Checkbox
          checked={filters.cadreId === ownCadreId}
          onChange={(e) => set({ cadreId: e.target.checked ? ownCadreId : undefined })}
        >
          {t('visits.mineOnly')}
        </Checkbox>
      ) : null}
    </Flex>
  );
}
