// The dashboard's contract lives in common/ (the admin app draws it); the server's schemas are it.
export {
  type TDashboard,
  type TDashboardCases,
  type TDashboardCompliance,
  type TDashboardQuery,
  type TDashboardTile,
  type TFigureLink,
  ZDashboardQuerySchema,
  ZDashboardSchema,
} from '../../../common/dashboard.ts';
