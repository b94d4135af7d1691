import { Button, DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import { t } from '../../../i18n';
import { CampaignSelect } from '../../campaigns/components/campaignField';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import type { DashboardQuery } from '../types/dashboard';

type DashboardFiltersProps = {
  value: DashboardQuery;
  onChange: (next: DashboardQuery) => void;
};

const DAY = 'YYYY-MM-DD';

/** 统计期, 单位 and 活动: the dashboard's filters (kept in the address by the page). */
export function DashboardFilters({ value, onChange }: DashboardFiltersProps) {
  const set = (change: Partial<DashboardQuery>) => onChange({ ...value, ...change });
  return (
    <Flex gap="small" wrap align="center">
      <DatePicker.RangePicker
        aria-label={t('dashboard.period')}
        placeholder={[t('dashboard.period'), t('dashboard.period')]}
        value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
        onChange={(range) =>
          set({
            from: range?.[0]?.format(DAY) ?? undefined,
            to: range?.[1]?.format(DAY) ?? undefined,
          })
        }
        style={{ width: 250, maxWidth: '100%' }}
      />
      <OrgTreeSelect
        aria-label={t('dashboard.filterOrg')}
        placeholder={t('dashboard.filterOrg')}
        allowClear
        value={value.orgId ?? null}
        onChange={(orgId) => set({ orgId })}
        style={{ width: 220, maxWidth: '100%' }}
      />
      <CampaignSelect
        aria-label={t('dashboard.filterCampaign')}
        placeholder={t('dashboard.filterCampaign')}
        allowClear
        value={value.campaignId}
        onChange={(campaignId) => set({ campaignId })}
        style={{ width: 220, maxWidth: '100%' }}
      />
      {value.from || value.to || value.orgId || value.campaignId ? (
        <Button onClick={() => onChange({})}>{t('dashboard.reset')}</Button>
      ) : null}
    </Flex>
  );
}
