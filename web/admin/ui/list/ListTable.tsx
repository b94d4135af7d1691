import { Empty, Grid, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { shownColumns, tableMinWidth } from './columns';

export type ListTableProps<T> = Omit<
  TableProps<T>,
  'columns' | 'loading' | 'locale' | 'scroll' | 'tableLayout'
> & {
  columns: TableColumnsType<T>;
  /** the answer has not come back yet (or is being fetched again): a spinner over the rows */
  loading: boolean;
  /** what the list says when it came back empty (never while it is still loading) */
  empty: ReactNode;
  /** a list inside something small (an expanded row, a tab's side table): the small picture */
  simpleEmpty?: boolean;
  /** rows scroll inside the table past this height (a list in a dialog) */
  maxHeight?: number;
};

/** Keeps the empty row as tall as the empty picture, so the spinner has room and nothing jumps. */
const loadingPlaceholder = <div style={{ minHeight: 120 }} />;

/**
 * Every list of the admin app, one way: the columns keep their declared widths and the table
 * scrolls sideways only when the screen is narrower than their sum, with 操作 pinned to the right
 * (`actionColumn`) and its scroll bar kept in sight; long text is cut with an ellipsis, not allowed
 * to widen the table. While the list loads it shows antd's spinner and never 暂无数据.
 */
export function ListTable<T extends object>({
  columns,
  loading,
  empty,
  simpleEmpty = false,
  maxHeight,
  size = 'middle',
  ...rest
}: ListTableProps<T>) {
  const wide = Grid.useBreakpoint().md === true;
  const emptyText = loading ? (
    loadingPlaceholder
  ) : (
    <Empty image={simpleEmpty ? Empty.PRESENTED_IMAGE_SIMPLE : undefined} description={empty} />
  );
  return (
    <Table<T>
      size={size}
      {...rest}
      columns={shownColumns(columns, wide)}
      tableLayout="fixed"
      scroll={{ x: tableMinWidth(columns, rest.expandable !== undefined), y: maxHeight }}
      // on a screen too narrow for the columns, the sideways scroll bar stays at the window's
      // bottom edge (and the header at its top) instead of under the last of 20 rows
      sticky={maxHeight === undefined}
      loading={loading}
      locale={{ emptyText }}
    />
  );
}

/** The 操作 column: pinned to the right edge, as wide as its buttons. */
export function actionColumn<T>(
  width: number,
  render: (row: T) => ReactNode,
): TableColumnsType<T>[number] {
  return {
    title: t('common.actions'),
    key: 'actions',
    fixed: 'end',
    width,
    render: (_: unknown, row: T) => render(row),
  };
}
