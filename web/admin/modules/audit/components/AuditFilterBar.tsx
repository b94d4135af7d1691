import { DatePicker, Flex, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import {
  type AuditAction,
  type AuditEntity,
  type AuditFilters,
  auditActions,
  auditEntities,
} from '../types/audit';

type AuditFilterBarProps = {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
};

const entityOptions = auditEntities.map((entity) => ({
  value: entity,
  label: t(`audit.entities.${entity}`),
}));
const actionOptions = auditActions.map((action) => ({
  value: action,
  label: t(`audit.actions.${action}`),
}));

type Range = [Dayjs | null, Dayjs | null] | null;

export function AuditFilterBar({ filters, onChange }: AuditFilterBarProps) {
  const set = (patch: Partial<AuditFilters>) => onChange({ ...filters, ...patch });
  const changeRange = (range: Range) => {
    const [from, to] = range ?? [null, null];
    set({
      from: from ? from.startOf('day').toISOString() : undefined,
      to: to ? to.endOf('day').toISOString() : undefined,
    });
  };
  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }}>
      <Input.Search
        maxLength={MAX_LEN.search}
        showCount
        allowClear
        placeholder={t('audit.searchPlaceholder')}
        aria-label={t('audit.searchPlaceholder')}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 240 }}
      />
      <Select<AuditEntity>
        allowClear
        aria-label={t('audit.filterEntity')}
        placeholder={t('audit.filterEntity')}
        options={entityOptions}
        value={filters.entity}
        onChange={(entity) => set({ entity })}
        style={{ width: 140 }}
      />
      <Select<AuditAction>
        allowClear
        aria-label={t('audit.filterAction')}
        placeholder={t('audit.filterAction')}
        options={actionOptions}
        value={filters.action}
        onChange={(action) => set({ action })}
        style={{ width: 140 }}
      />
      <DatePicker.RangePicker
        order={false}
        aria-label={t('audit.dateRange')}
        onChange={(range) => changeRange(range)}
      />
    </Flex>
  );
}
