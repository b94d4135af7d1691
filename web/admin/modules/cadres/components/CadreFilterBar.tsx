import { Flex, Input, Select } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { type CadreFilters, type CadreRank, cadreRanks } from '../types/cadre';

type CadreFilterBarProps = {
  filters: CadreFilters;
  onChange: (filters: CadreFilters) => void;
};

type YesNo = 'true' | 'false';

const rankOptions = cadreRanks.map((rank) => ({ value: rank, label: t(`cadres.ranks.${rank}`) }));
const leadingOptions: { value: YesNo; label: string }[] = [
  { value: 'true', label: t('common.yes') },
  { value: 'false', label: t('common.no') },
];
const statusOptions: { value: YesNo; label: string }[] = [
  { value: 'true', label: t('cadres.statuses.active') },
  { value: 'false', label: t('cadres.statuses.inactive') },
];

function toYesNo(value: boolean | undefined): YesNo | undefined {
  return value === undefined ? undefined : value ? 'true' : 'false';
}

function fromYesNo(value: YesNo | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'true';
}

/** Search box and filters of the cadre list. */
export function CadreFilterBar({ filters, onChange }: CadreFilterBarProps) {
  const set = (patch: Partial<CadreFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }}>
      <Input.Search
        maxLength={MAX_LEN.search}
        showCount
        allowClear
        placeholder={t('cadres.searchPlaceholder')}
        aria-label={t('cadres.searchPlaceholder')}
        defaultValue={filters.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 260 }}
      />
      <OrgTreeSelect
        allowClear
        aria-label={t('cadres.filterOrg')}
        placeholder={t('cadres.filterOrg')}
        value={filters.orgId}
        onChange={(orgId) => set({ orgId })}
        style={{ width: 220 }}
      />
      <Select<CadreRank>
        allowClear
        aria-label={t('cadres.filterRank')}
        placeholder={t('cadres.filterRank')}
        options={rankOptions}
        value={filters.rank}
        onChange={(rank) => set({ rank })}
        style={{ width: 120 }}
      />
      <Select<YesNo>
        allowClear
        aria-label={t('cadres.filterLeading')}
        placeholder={t('cadres.filterLeading')}
        options={leadingOptions}
        value={toYesNo(filters.leading)}
        onChange={(value) => set({ leading: fromYesNo(value) })}
        style={{ width: 150 }}
      />
      <Select<YesNo>
        allowClear
        aria-label={t('cadres.filterStatus')}
        placeholder={t('cadres.filterStatus')}
        options={statusOptions}
        value={toYesNo(filters.active)}
        onChange={(value) => set({ active: fromYesNo(value) })}
        style={{ width: 120 }}
      />
    </Flex>
  );
}
