import { Flex, Input } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import type { ContactPointFilters } from '../types/contactPoint';

type ContactPointFilterBarProps = {
  filters: ContactPointFilters;
  onChange: (filters: ContactPointFilters) => void;
};

export function ContactPointFilterBar({ filters, onChange }: ContactPointFilterBarProps) {
  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }}>
      <Input.Search
        maxLength={MAX_LEN.search}
        showCount
        allowClear
        placeholder={t('contactPoints.searchPlaceholder')}
        aria-label={t('contactPoints.searchPlaceholder')}
        defaultValue={filters.q}
        onSearch={(q) => onChange({ ...filters, q: q.trim() || undefined })}
        style={{ width: 280 }}
      />
      <OrgTreeSelect
        allowClear
        aria-label={t('contactPoints.filterOrg')}
        placeholder={t('contactPoints.filterOrg')}
        value={filters.orgId}
        onChange={(orgId) => onChange({ ...filters, orgId })}
        style={{ width: 220 }}
      />
    </Flex>
  );
}
