import type {
  ZDashboardQuerySchema,
  ZDashboardSchema,
  ZDashboardTileSchema,
  ZFigureLinkSchema,
} from '../../../../../common/dashboard.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The answer is the server's (common/dashboard.ts); type-only, so no zod in the bundle.
export type Dashboard = TJson<typeof ZDashboardSchema>;
export type DashboardQuery = TJson<typeof ZDashboardQuerySchema>;
export type DashboardTile = TJson<typeof ZDashboardTileSchema>;
export type FigureLink = TJson<typeof ZFigureLinkSchema>;
export type CountRow = Dashboard['cases']['statusRows'][number];
