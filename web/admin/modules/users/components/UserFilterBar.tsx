import { Flex, Input, Select } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import type { Role } from '../../auth/types/auth';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { roles, type UserFilters } from '../types/user';

type UserFilterBarProps = {
  filters: UserFilters;
  onChange: (filters: UserFilters) => void;
};

const roleOptions = roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));

/** Search box, role and unit filters of the account list. */
export function UserFilterBar({ filters, onChange }: UserFilterBarProps) {
  const set = (patch: Partial<UserFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }}>
      <Input.Search
        maxLength={MAX_LEN.search}
        showCount
        allowClear
        placeholder={t('users.searchPlaceholder')}
        aria-label={t('users.searchPlaceholder')}
        defaultValue={filters.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 240 }}
      />
      <Select<Role>
        allowClear
        aria-label={t('users.filterRole')}
        placeholder={t('users.filterRole')}
        options={roleOptions}
        value={filters.role}
        onChange={(role) => set({ role })}
        style={{ width: 140 }}
      />
      <OrgTreeSelect
        allowClear
        aria-label={t('users.filterOrg')}
        placeholder={t('users.filterOrg')}
        value={filters.orgId}
        onChange={(orgId) => set({ orgId })}
        style={{ width: 220 }}
      />
    </Flex>
  );
}
