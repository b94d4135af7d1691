import { DatePicker, Flex, Input, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { queryFieldError } from '../../../ui/forms';
import { CadreSelect } from '../../cadres/components/CadreSelect';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useCaseCategories } from '../hooks/useCases';
import { type CaseFilters, caseChannels, caseStatuses } from '../types/case';

const DATE = 'YYYY-MM-DD';
const statusOptions = caseStatuses.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) }));
const channelOptions = caseChannels.map((c) => ({ value: c, label: t(`cases.channels.${c}`) }));

type CaseFilterBarProps = {
  filters: CaseFilters;
  onChange: (filters: CaseFilters) => void;
  /** unit and handler filters are for those who oversee; a cadre's own list has neither */
  showOrgAndHandler: boolean;
  /** the list's failed request: a reversed period's message is shown on the date filter */
  error?: unknown;
};

const overdueLabelStyle = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: 6,
  minHeight: 44,
  cursor: 'pointer',
} as const;

/** Text search, status, channel, category, unit, handler, date range and 只看超期. */
export function CaseFilterBar({ filters, onChange, showOrgAndHandler, error }: CaseFilterBarProps) {
  const rangeError = queryFieldError(error, 'from', 'to');
  const set = (patch: Partial<CaseFilters>) => onChange({ ...filters, ...patch });
  const overdueId = useId();
  const categories = useCaseCategories();
  return (
    <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        maxLength={MAX_LEN.search}
        showCount
        allowClear
        placeholder={t('cases.searchPlaceholder')}
        aria-label={t('cases.searchPlaceholder')}
        defaultValue={filters.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 240 }}
      />
      <Select
        allowClear
        aria-label={t('cases.filterStatus')}
        placeholder={t('cases.filterStatus')}
        value={filters.status}
        onChange={(status) => set({ status })}
        options={statusOptions}
        style={{ width: 120 }}
      />
      <Select
        allowClear
        aria-label={t('cases.filterChannel')}
        placeholder={t('cases.filterChannel')}
        value={filters.channel}
        onChange={(channel) => set({ channel })}
        options={channelOptions}
        style={{ width: 120 }}
      />
      <Select
        allowClear
        aria-label={t('cases.filterCategory')}
        placeholder={t('cases.filterCategory')}
        value={filters.categoryId}
        onChange={(categoryId?: string) => set({ categoryId })}
        loading={categories.isPending}
        options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 140 }}
      />
      {showOrgAndHandler ? (
        <>
          <OrgTreeSelect
            allowClear
            aria-label={t('cases.filterOrg')}
            placeholder={t('cases.filterOrg')}
            value={filters.orgId}
            onChange={(orgId) => set({ orgId })}
            style={{ width: 200 }}
          />
          <CadreSelect
            allowClear
            aria-label={t('cases.filterHandler')}
            placeholder={t('cases.filterHandler')}
            value={filters.handlerCadreId}
            onChange={(handlerCadreId) => set({ handlerCadreId })}
            style={{ width: 180 }}
          />
        </>
      ) : null}
      <DatePicker.RangePicker
        order={false}
        allowEmpty={[true, true]}
        inputReadOnly
        aria-label={t('cases.filterFrom')}
        placeholder={[t('cases.filterFrom'), t('cases.filterTo')]}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        onChange={(range) =>
          set({
            from: range?.[0] ? range[0].format(DATE) : undefined,
            to: range?.[1] ? range[1].format(DATE) : undefined,
          })
        }
        style={{ width: 250 }}
        status={rangeError ? 'error' : undefined}
      />
      {rangeError ? <Typography.Text type="danger">{rangeError}</Typography.Text> : null}
      {/* the label is the tap target (44 px high): a tap on the words toggles the switch */}
      <label htmlFor={overdueId} style={overdueLabelStyle}>
        <Switch
          id={overdueId}
          size="small"
          aria-label={t('cases.overdueOnly')}
          checked={filters.overdue ?? false}
          onChange={(overdue) => set({ overdue: overdue || undefined })}
        />
        <Typography.Text>{t('cases.overdueOnly')}</Typography.Text>
      </label>
    </Flex>
  );
}
