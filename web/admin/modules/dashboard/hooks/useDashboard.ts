import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { dashboardKeys, fetchDashboard } from '../api/dashboardApi';
import type { DashboardQuery } from '../types/dashboard';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FILTERS = ['from', 'to', 'orgId', 'campaignId'] as const;

/**
 * The dashboard's filters (period, unit, campaign) kept in the address, so a shared link or the
 * back button shows the same figures; an empty filter leaves the server's default.
 */
export function useDashboardFilters(): [DashboardQuery, (next: DashboardQuery) => void] {
  const [params, setParams] = useSearchParams();
  const read = (name: (typeof FILTERS)[number]) => params.get(name) || undefined;
  const from = read('from');
  const to = read('to');
  const query: DashboardQuery = {
    from: from && DAY.test(from) ? from : undefined,
    to: to && DAY.test(to) ? to : undefined,
    orgId: read('orgId'),
    campaignId: read('campaignId'),
  };
  const set = (next: DashboardQuery) =>
    setParams((current) => {
      const p = new URLSearchParams(current);
      for (const name of FILTERS) {
        const value = next[name];
        if (value) p.set(name, value);
        else p.delete(name);
      }
      return p;
    });
  return [query, set];
}

/** 图表 or 表格: how a chart card of the dashboard shows its figures. */
export type ChartView = 'chart' | 'table';
const TABLE = 'table';

/**
 * A chart card's 图表/表格 choice kept in the address like the filters (`?table=byStatus&table=…`
 * names the cards shown as tables), so a reload or a shared link shows the same view; the other
 * parameters of the address stay as they were.
 */
export function useChartView(name: string): [ChartView, (next: ChartView) => void] {
  const [params, setParams] = useSearchParams();
  const view: ChartView = params.getAll(TABLE).includes(name) ? 'table' : 'chart';
  const set = (next: ChartView) =>
    setParams((current) => {
      const p = new URLSearchParams(current);
      const tables = p.getAll(TABLE).filter((n) => n !== name);
      if (next === 'table') tables.push(name);
      p.delete(TABLE);
      for (const n of tables) p.append(TABLE, n);
      return p;
    });
  return [view, set];
}

/** GET /api/dashboard with the filters; the last answer stays on screen while a new one loads. */
export function useDashboard(query: DashboardQuery) {
  return useQuery({
    queryKey: dashboardKeys.one(query),
    queryFn: () => fetchDashboard(query),
    placeholderData: keepPreviousData,
  });
}
