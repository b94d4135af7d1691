import { PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Flex, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { QueryError } from '../QueryError';
import { ListTable } from './ListTable';

type PlainListProps<Row> = {
  /** the list call, answering every row at once (`{ items }`, no paging) */
  result: UseQueryResult<{ items: Row[] }>;
  columns: TableColumnsType<Row>;
  rowKey: keyof Row & string;
  empty: ReactNode;
  /** the 新增 button above the rows (left out for a role that may not add) */
  add?: { label: string; onClick: () => void; shown?: boolean };
  /** the list's dialogs */
  children?: ReactNode;
};

/**
 * A short list without paging or filters, inside a page (a campaign's phases or activities):
 * its 新增 button, its rows, or the failure with 重试 in their place.
 */
export function PlainList<Row extends object>({
  result,
  columns,
  rowKey,
  empty,
  add,
  children,
}: PlainListProps<Row>) {
  if (result.error)
    return <QueryError error={result.error} onRetry={() => void result.refetch()} />;
  return (
    <>
      {add && add.shown !== false ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={add.onClick}>
            {add.label}
          </Button>
        </Flex>
      ) : null}
      <ListTable<Row>
        rowKey={rowKey}
        columns={columns}
        dataSource={result.data?.items ?? []}
        loading={result.isFetching}
        pagination={false}
        empty={empty}
      />
      {children}
    </>
  );
}
