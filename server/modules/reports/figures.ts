import type { TDashboard, TDashboardQuery } from '../../../common/dashboard.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Role, Scope } from '../../platform/access.ts';
import { computeDashboard } from '../dashboard/dashboard.service.ts';

/**
 * The figures of a report: the dashboard's answer for the scope, period and unit (so the 月报 says
 * what GET /api/dashboard says). `role`: whose tiles (the job's reports are the office's).
 */
export function figuresOf(
  db: DbOrTx,
  scope: Scope,
  query: TDashboardQuery,
  role: Role,
  today: string,
): Promise<TDashboard> {
  return computeDashboard(db, scope, query, { role, today });
}
