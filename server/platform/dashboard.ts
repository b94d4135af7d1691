import type { TDashboardTile, TFigureLink } from '../../common/dashboard.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Role, Scope } from './access.ts';

/**
 * What a tile is computed for: the dashboard's period, the unit asked for (within the reader's
 * scope) and the campaign chosen or running on `to`. Every figure of a tile counts these rows only.
 */
export type DashboardFilter = {
  from: string;
  to: string;
  /** the unit asked for and those below it (already checked to be in scope) */
  orgId: string | null;
  orgPath: string | null;
  campaignId: string | null;
  /**
   * that campaign as the campaigns module stores it (its own columns; a module reads the part it
   * owns, e.g. the six ones' rules), so a tile need not read it again
   */
  campaign: {
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    pledge: string;
    sixOnesRules: unknown;
  } | null;
  /** the month of `to` (YYYY-MM) */
  month: string;
  /** today in China: what is overdue now */
  today: string;
};

/**
 * A module's tile on the home page (六个一, 学习参与, 整改进度, 活动项目进度…): the module declares it in
 * its manifest (`ServerModule.dashboardTiles`) and computes it from its own tables — one statement
 * per tile — so the dashboard module never reads another module's tables. `null` when the module
 * has nothing to show for the filter (no campaign, no rows).
 */
export type DashboardTile = {
  key: string;
  /** where it stands among the tiles (smaller first) */
  order: number;
  /** who sees it; every dashboard reader when absent */
  roles?: readonly Role[];
  compute: (db: DbOrTx, scope: Scope, filter: DashboardFilter) => Promise<TDashboardTile | null>;
};

let registered: readonly DashboardTile[] = [];

/**
 * The tiles of every module, set once by `buildApp` from the module list (like the attachment
 * owners), so that the dashboard's service (and the monthly report built from it) reads them
 * without importing the module list (which imports it).
 */
export function registerDashboardTiles(tiles: readonly DashboardTile[]): void {
  registered = [...tiles].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

export function dashboardTiles(): readonly DashboardTile[] {
  return registered;
}

type Figure = TDashboardTile['figures'][number];
type Column = TDashboardTile['table']['columns'][number];

/**
 * A tile's figure: a count (or, with `format: 'rate'`, a share 0–1) with the list it opens, `null`
 * when no list holds it; `tone: 'bad'` for what asks for action (overdue, behind).
 */
export function figure(
  key: string,
  label: string,
  value: number,
  link: TFigureLink | null,
  opts: { format?: Figure['format']; tone?: Figure['tone'] } = {},
): Figure {
  return { key, label, value, format: opts.format ?? 'count', tone: opts.tone ?? 'normal', link };
}

/** A column of a tile's table (a count unless said otherwise). */
export function column(key: string, title: string, format: Column['format'] = 'count'): Column {
  return { key, title, format };
}

/**
 * The links of a tile's figures to its module's list page: the tile's campaign and unit (as the
 * list's `campaignId` and `orgId`) and the figure's own filters.
 */
export function tileLinks(
  path: string,
  f: Pick<DashboardFilter, 'campaignId' | 'orgId'>,
): (query?: Record<string, string>) => TFigureLink {
  const base = {
    ...(f.campaignId ? { campaignId: f.campaignId } : {}),
    ...(f.orgId ? { orgId: f.orgId } : {}),
  };
  return (query = {}) => ({ path, query: { ...base, ...query } });
}
