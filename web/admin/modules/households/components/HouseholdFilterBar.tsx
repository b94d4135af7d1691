import { Checkbox, Flex, Input, Select } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useCategoryDirectory } from '../../household-categories/hooks/useHouseholdCategories';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import {
  duplicateListRoles,
  type HouseholdCategory,
  type HouseholdFilters,
} from '../types/household';
import { ContactPointSelect } from './ContactPointSelect';

type YesNo = 'true' | 'false';

const statusOptions: { value: YesNo; label: string }[] = [
  { value: 'true', label: t('households.statuses.active') },
  { value: 'false', label: t('households.statuses.inactive') },
];

type HouseholdFilterBarProps = {
  filters: HouseholdFilters;
  onChange: (filters: HouseholdFilters) => void;
};

/** Search box and filters of the household list. */
export function HouseholdFilterBar({ filters, onChange }: HouseholdFilterBarProps) {
  const set = (patch: Partial<HouseholdFilters>) => onChange({ ...filters, ...patch });
  // retired categories too: their households are still found
  const categoryOptions = useCategoryDirectory().options(true);
  const { role } = useCurrentUser();
  const mayListDuplicates = (duplicateListRoles as readonly string[]).includes(role);
  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }}>
      <Input.Search
        maxLength={MAX_LEN.search}
        showCount
        allowClear
        placeholder={t('households.searchPlaceholder')}
        aria-label={t('households.searchPlaceholder')}
        defaultValue={filters.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 240 }}
      />
      <OrgTreeSelect
        allowClear
        aria-label={t('households.filterOrg')}
        placeholder={t('households.filterOrg')}
        value={filters.orgId}
        onChange={(orgId) => set({ orgId })}
        style={{ width: 200 }}
      />
      <ContactPointSelect
        allowClear
        aria-label={t('households.filterContactPoint')}
        placeholder={t('households.filterContactPoint')}
        value={filters.contactPointId}
        onChange={(contactPointId) => set({ contactPointId })}
        style={{ width: 200 }}
      />
      <Select<HouseholdCategory>
        allowClear
        aria-label={t('households.filterCategory')}
        placeholder={t('households.filterCategory')}
        options={categoryOptions}
        value={filters.category}
        onChange={(category) => set({ category })}
        style={{ width: 120 }}
      />
      <Select<YesNo>
        allowClear
        aria-label={t('households.filterStatus')}
        placeholder={t('households.filterStatus')}
        options={statusOptions}
        value={filters.active === undefined ? undefined : filters.active ? 'true' : 'false'}
        onChange={(v) => set({ active: v === undefined ? undefined : v === 'true' })}
        style={{ width: 110 }}
      />
      {mayListDuplicates ? (
        <Checkbox
          checked={filters.duplicateIdNumber ?? false}
          onChange={(e) => set({ duplicateIdNumber: e.target.checked || undefined })}
          style={{ alignSelf: 'center' }}
        >
          {t('households.duplicatesOnly')}
        </Checkbox>
      ) : null}
    </Flex>
  );
}
