import { Empty, Flex, Grid, List, Pagination, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { tablePagination } from '../pagination';
import { QueryError } from '../QueryError';
import { ListTable } from './ListTable';
import type { ListFilters, ListSort } from './listState';
import type { ListController } from './useList';

export type ListViewProps<Row, F extends ListFilters> = {
  list: ListController<Row, F>;
  columns: TableColumnsType<Row>;
  rowKey: keyof Row & string;
  empty: ReactNode;
  /**
   * On a phone, one card per row instead of the table (cases, visits): the row's main line, its
   * tags and its actions. Without it the table shows on a phone too, nothing pinned.
   */
  card?: (row: Row) => ReactNode;
  expandable?: TableProps<Row>['expandable'];
};

const orderOf = (sort: ListSort | undefined, key: unknown) =>
  sort && sort.field === key ? sort.order : null;

/**
 * The rows of a list: its table with server paging (and sorting, for columns that declare
 * `sorter: true`), its cards on a phone, or the failure with 重试 in their place.
 */
export function ListView<Row extends object, F extends ListFilters>({
  list,
  columns,
  rowKey,
  empty,
  card,
  expandable,
}: ListViewProps<Row, F>) {
  const phone = !Grid.useBreakpoint().md;
  const { result } = list;
  if (result.error)
    return <QueryError error={result.error} onRetry={() => void result.refetch()} />;
  const rows = result.data?.items ?? [];
  const total = result.data?.total ?? 0;

  if (phone && card) {
    return (
      <>
        <List<Row>
          dataSource={rows}
          loading={result.isFetching}
          locale={{ emptyText: <Empty description={empty} /> }}
          renderItem={(row) => (
            <List.Item key={String(row[rowKey])} style={{ display: 'block' }}>
              {card(row)}
            </List.Item>
          )}
        />
        {total > list.pageSize ? (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Pagination
              simple
              current={list.page}
              pageSize={list.pageSize}
              total={total}
              onChange={(page) => list.setPaging({ page, pageSize: list.pageSize })}
            />
          </Flex>
        ) : null}
      </>
    );
  }

  const sorted = columns.map((c) =>
    c.sorter
      ? { ...c, sortOrder: orderOf(list.sort, c.key ?? ('dataIndex' in c ? c.dataIndex : '')) }
      : c,
  );
  return (
    <ListTable<Row>
      rowKey={rowKey}
      columns={sorted}
      dataSource={rows}
      loading={result.isFetching}
      empty={empty}
      expandable={expandable}
      pagination={tablePagination(list, total, list.setPaging)}
      onChange={(_pagination, _filters, sorter, { action }) => {
        if (action !== 'sort' || Array.isArray(sorter)) return;
        const field = String(sorter.columnKey ?? sorter.field ?? '');
        list.setSort(sorter.order && field ? { field, order: sorter.order } : null);
      }}
    />
  );
}
