import { apiRequest, type Page } from '../../../ui/api';
import type {
  CalendarDay,
  CampaignSpan,
  ComplianceFilters,
  MyMonth,
  UnitSummary,
} from '../types/compliance';

export const COMPLIANCE_PATH = '/api/compliance';

export const complianceKeys = {
  all: ['compliance'] as const,
  lists: () => [...complianceKeys.all, 'list'] as const,
  units: (filters: ComplianceFilters) => [...complianceKeys.all, 'units', filters] as const,
  calendar: (cadreId: string, from: string, to: string) =>
    [...complianceKeys.all, 'calendar', cadreId, from, to] as const,
  me: (month: string | undefined) => [...complianceKeys.all, 'me', month ?? 'current'] as const,
  campaigns: ['campaigns', 'active-spans'] as const,
};

export function fetchUnitSummary(f: ComplianceFilters): Promise<UnitSummary> {
  return apiRequest<UnitSummary>(`${COMPLIANCE_PATH}/units`, {
    query: {
      month: f.month,
      orgId: f.orgId,
      campaignId: f.campaignId,
      leadingOnly: f.leadingOnly || undefined,
    },
  });
}

export function fetchCalendar(cadreId: string, from: string, to: string) {
  return apiRequest<Page<CalendarDay>>(`${COMPLIANCE_PATH}/calendar`, {
    query: { cadreId, from, to },
  });
}

export function fetchMyMonth(month: string | undefined): Promise<MyMonth> {
  return apiRequest<MyMonth>(`${COMPLIANCE_PATH}/me`, { query: { month } });
}

export function sendReminders(month: string) {
  return apiRequest<{ month: string; behind: number; notified: number }>(
    `${COMPLIANCE_PATH}/reminders`,
    { method: 'POST', body: { month } },
  );
}

export async function fetchActiveCampaigns(): Promise<CampaignSpan[]> {
  const page = await apiRequest<Page<CampaignSpan>>('/api/campaigns', {
    query: { status: 'active', page: 1, pageSize: 50 },
  });
  return page.items;
}
