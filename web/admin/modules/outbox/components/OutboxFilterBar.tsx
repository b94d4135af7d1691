import { Flex, Input, Select } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import {
  type OutboxFilters,
  type OutboxKind,
  type OutboxStatus,
  outboxKinds,
  outboxStatuses,
} from '../types/outbox';

type OutboxFilterBarProps = {
  filters: OutboxFilters;
  onChange: (filters: OutboxFilters) => void;
};

const kindOptions = outboxKinds.map((kind) => ({ value: kind, label: t(`outbox.kinds.${kind}`) }));
const statusOptions = outboxStatuses.map((status) => ({
  value: status,
  label: t(`outbox.statuses.${status}`),
}));

export function OutboxFilterBar({ filters, onChange }: OutboxFilterBarProps) {
  const set = (patch: Partial<OutboxFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }}>
      <Input.Search
        maxLength={MAX_LEN.search}
        showCount
        allowClear
        placeholder={t('outbox.searchPlaceholder')}
        aria-label={t('outbox.searchPlaceholder')}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 280 }}
      />
      <Select<OutboxKind>
        allowClear
        aria-label={t('outbox.filterKind')}
        placeholder={t('outbox.filterKind')}
        options={kindOptions}
        value={filters.kind}
        onChange={(kind) => set({ kind })}
        style={{ width: 120 }}
      />
      <Select<OutboxStatus>
        allowClear
        aria-label={t('outbox.filterStatus')}
        placeholder={t('outbox.filterStatus')}
        options={statusOptions}
        value={filters.status}
        onChange={(status) => set({ status })}
        style={{ width: 200 }}
      />
    </Flex>
  );
}
