import type { TableColumnsType } from 'antd';

/**
 * How wide a column is when it declares no width of its own. A column of long text declares a
 * width and `ellipsis` instead, so one long address cannot push the others off the screen.
 */
export const DEFAULT_COLUMN_WIDTH = 120;
/** antd's column of expand buttons (a table with `expandable`). */
export const EXPAND_COLUMN_WIDTH = 48;

type Column<T> = TableColumnsType<T>[number];

function leaves<T>(columns: TableColumnsType<T>): Column<T>[] {
  return columns.flatMap((c) => ('children' in c && c.children ? leaves(c.children) : [c]));
}

/**
 * The width below which the table scrolls sideways: the sum of its columns' widths. Wider than
 * that, the table fills its box and its columns grow in proportion; never wider than the box
 * because of one cell's content (`scroll.x: 'max-content'` let the longest text set the width,
 * which pushed 操作, 状态 and the like off a 1440-px screen).
 */
export function tableMinWidth<T>(columns: TableColumnsType<T>, expandable = false): number {
  const sum = leaves(columns).reduce(
    (total, c) => total + (typeof c.width === 'number' ? c.width : DEFAULT_COLUMN_WIDTH),
    0,
  );
  return sum + (expandable ? EXPAND_COLUMN_WIDTH : 0);
}

/**
 * The columns as shown: on a wide screen as declared (操作 pinned to the right edge, a name to
 * the left); on a phone nothing pinned, since pinned columns would leave no room for the rest.
 */
export function shownColumns<T>(columns: TableColumnsType<T>, wide: boolean): TableColumnsType<T> {
  if (wide) return columns;
  return columns.map((c) => {
    const { fixed: _pinned, ...rest } = c;
    return 'children' in rest && rest.children
      ? { ...rest, children: shownColumns(rest.children, wide) }
      : rest;
  }) as TableColumnsType<T>;
}
