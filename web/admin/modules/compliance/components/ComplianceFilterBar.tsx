import { Checkbox, DatePicker, Flex, Input } from 'antd';
import dayjs from 'dayjs';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import type { ComplianceFilters } from '../types/compliance';

type ComplianceFilterBarProps = {
  filters: ComplianceFilters;
  onChange: (filters: ComplianceFilters) => void;
};

/** 月份, 单位, 只看未达标, 只看领导干部 and a name search. */
export function ComplianceFilterBar({ filters, onChange }: ComplianceFilterBarProps) {
  const set = (patch: Partial<ComplianceFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
      <DatePicker
        picker="month"
        allowClear={false}
        inputReadOnly
        aria-label={t('compliance.month')}
        value={dayjs(`${filters.month}-01`)}
        onChange={(value) => {
          if (value) set({ month: value.format('YYYY-MM') });
        }}
        style={{ width: 140 }}
      />
      <OrgTreeSelect
        allowClear
        aria-label={t('compliance.filterOrg')}
        placeholder={t('compliance.filterOrg')}
        value={filters.orgId}
        onChange={(orgId) => set({ orgId })}
        style={{ width: 220 }}
      />
      <Input.Search
        maxLength={MAX_LEN.search}
        showCount
        allowClear
        placeholder={t('compliance.searchPlaceholder')}
        aria-label={t('compliance.searchPlaceholder')}
        defaultValue={filters.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 180 }}
      />
      <Checkbox
        checked={filters.met === false}
        onChange={(e) => set({ met: e.target.checked ? false : undefined })}
      >
        {t('compliance.unmetOnly')}
      </Checkbox>
      <Checkbox
        checked={filters.leadingOnly === true}
        onChange={(e) => set({ leadingOnly: e.target.checked || undefined })}
      >
        {t('compliance.leadingOnly')}
      </Checkbox>
    </Flex>
  );
}
