import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { PageHeader } from '../PageHeader';
import { FilterBar } from './FilterBar';
import type { Field } from './fields';
import { ListView, type ListViewProps } from './ListView';
import type { ListFilters } from './listState';

type ListPageProps<Row, F extends ListFilters> = ListViewProps<Row, F> & {
  title: string;
  /** the header's 新增 button (left out for a role that may not create) */
  create?: { label: string; onClick: () => void; shown?: boolean };
  /** more buttons of the header: ExcelActions */
  extra?: ReactNode;
  /** a line above the filters saying what the list holds */
  intro?: ReactNode;
  /** the filter bar's fields (none: no bar) */
  filters?: readonly Field<never>[];
  /** more in the filter bar than fields (a checkbox only some roles see) */
  filterExtra?: ReactNode;
  /** what sums the rows up, between the filters and the rows (figures per unit) */
  summary?: ReactNode;
  /** dialogs and drawers of the page */
  children?: ReactNode;
};

/** A list page: header with its buttons, filter bar, rows (table or cards), its dialogs. */
export function ListPage<Row extends object, F extends ListFilters>({
  title,
  create,
  extra,
  intro,
  filters,
  filterExtra,
  summary,
  children,
  ...view
}: ListPageProps<Row, F>) {
  return (
    <>
      <PageHeader
        title={title}
        extra={
          <>
            {create && create.shown !== false ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick}>
                {create.label}
              </Button>
            ) : null}
            {extra}
          </>
        }
      />
      <Card>
        {intro ? <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph> : null}
        {filters?.length || filterExtra ? (
          <FilterBar<F>
            fields={filters ?? []}
            values={view.list.filters}
            onChange={view.list.setFilters}
            error={view.list.result.error}
          >
            {filterExtra}
          </FilterBar>
        ) : null}
        {summary ? <div style={{ marginBottom: 16 }}>{summary}</div> : null}
        <ListView<Row, F> {...view} />
      </Card>
      {children}
    </>
  );
}
