import { apiRequest } from '../../../ui/api';
import type { Dashboard, DashboardQuery } from '../types/dashboard';

export const DASHBOARD_PATH = '/api/dashboard';
/** every table of the dashboard as one workbook (same query) */
export const DASHBOARD_EXPORT_PATH = '/api/dashboard/export';
/** 月报: `?month=YYYY-MM[&orgId]&format=docx|xlsx` (the reports module) */
export const MONTHLY_REPORT_PATH = '/api/reports/monthly';

export const dashboardKeys = {
  all: ['dashboard'] as const,
  one: (query: DashboardQuery) => [...dashboardKeys.all, query] as const,
};

export const fetchDashboard = (query: DashboardQuery) =>
  apiRequest<Dashboard>(DASHBOARD_PATH, { query });
