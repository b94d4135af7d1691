import { apiDownload } from '../../../ui/api';
import type { TReportFormat } from '../types/report';

export const REPORTS_PATH = '/api/reports';

export const reportKeys = {
  all: ['reports'] as const,
  lists: () => [...reportKeys.all, 'list'] as const,
};

/** A report's file as it was made (its snapshot). */
export const downloadReport = (id: string, format: TReportFormat, fallbackName: string) =>
  apiDownload(`${REPORTS_PATH}/${encodeURIComponent(id)}/file`, fallbackName, { format });

/** Generates the month's 月报 (recorded in the list) and downloads it. */
export const generateMonthly = (
  query: { month: string; orgId?: string; format: TReportFormat },
  fallbackName: string,
) => apiDownload(`${REPORTS_PATH}/monthly`, fallbackName, query);

/** Generates the campaign's 活动总结 (recorded in the list) and downloads it. */
export const generateCampaignSummary = (
  query: { campaignId: string; orgId?: string; format: TReportFormat },
  fallbackName: string,
) => apiDownload(`${REPORTS_PATH}/campaign-summary`, fallbackName, query);
