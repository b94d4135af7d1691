import { DatePicker, Flex, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { queryFieldError } from '../../../ui/forms';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import type { AssistanceFilters } from '../types/assistance';

type AssistanceFilterBarProps = {
  filters: AssistanceFilters;
  onChange: (filters: AssistanceFilters) => void;
  showOrg: boolean;
  /** the list's failed request: a reversed period's message is shown on the month filter */
  error?: unknown;
};

/** Search, unit and month range of the assistance list. */
export function AssistanceFilterBar({
  filters,
  onChange,
  showOrg,
  error,
}: AssistanceFilterBarProps) {
  const rangeError = queryFieldError(error, 'from', 'to');
  const set = (patch: Partial<AssistanceFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }}>
      <Input.Search
        maxLength={MAX_LEN.search}
        showCount
        allowClear
        placeholder={t('households.assistance.searchPlaceholder')}
        aria-label={t('households.assistance.searchPlaceholder')}
        defaultValue={filters.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 220 }}
      />
      {showOrg ? (
        <OrgTreeSelect
          allowClear
          aria-label={t('households.assistance.org')}
          placeholder={t('households.assistance.org')}
          value={filters.orgId}
          onChange={(orgId) => set({ orgId })}
          style={{ width: 200 }}
        />
      ) : null}
      <DatePicker.RangePicker
        order={false}
        picker="month"
        aria-label={t('households.assistance.months')}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        onChange={(range) =>
          set({
            from: range?.[0]?.format('YYYY-MM') ?? undefined,
            to: range?.[1]?.format('YYYY-MM') ?? undefined,
          })
        }
        allowEmpty={[true, true]}
        inputReadOnly
        style={{ width: 240 }}
        status={rangeError ? 'error' : undefined}
      />
      {rangeError ? <Typography.Text type="danger">{rangeError}</Typography.Text> : null}
    </Flex>
  );
}
