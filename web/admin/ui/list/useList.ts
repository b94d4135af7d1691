import { keepPreviousData, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { apiRequest, DEFAULT_PAGE_SIZE, type Page, type QueryParams } from '../api';
import type { PageState } from '../pagination';
import type { Field } from './fields';
import {
  type ListFilters,
  type ListSort,
  type ListState,
  readListState,
  writeListState,
} from './listState';

type UseListOptions<F extends ListFilters> = {
  /** the list endpoint, e.g. `/api/cadres`; it answers `{ items, total }` */
  path: string;
  /** the feature's query key of its lists (`cadreKeys.lists()`); the state is appended */
  queryKey: readonly unknown[];
  /** the fields of the filter bar: they name what the address keeps */
  filters: readonly Pick<Field<never>, 'name' | 'kind' | 'range'>[];
  /** the filters as the API takes them (default: as they are), for the list and its export */
  toQuery?: (filters: F) => QueryParams;
  pageSize?: number;
};

export type ListController<Row, F extends ListFilters = ListFilters> = ListState<F> & {
  /** the filters as the API takes them, without paging: the export sends the same */
  query: QueryParams;
  result: UseQueryResult<Page<Row>>;
  setFilters: (filters: F) => void;
  setPaging: (paging: PageState) => void;
  setSort: (sort: ListSort | null) => void;
};

/**
 * A paged list whose page, page size, filters and sort live in the address (refine's useTable
 * idea): the back button steps back through searches, a shared link opens the same list, and a
 * filter change returns to page 1. The list is fetched with TanStack Query, the previous page
 * kept on screen while the next one loads.
 */
export function useList<Row, F extends ListFilters = ListFilters>({
  path,
  queryKey,
  filters: fields,
  toQuery = (filters) => filters,
  pageSize: defaultPageSize = DEFAULT_PAGE_SIZE,
}: UseListOptions<F>): ListController<Row, F> {
  const [address, setParams] = useSearchParams();
  // the router moves to a new address inside a transition, which may take a while on a busy
  // page: the list shows the change at once (a ticked box stays ticked) and follows the
  // address again when it arrives, or when the back button changes it
  const [ahead, setAhead] = useState<{ from: string; next: URLSearchParams } | null>(null);
  const current = address.toString();
  // once the address has moved on, it is the truth again; and the back button may return to the
  // very address the change started from before the router ever showed the change (a busy page):
  // that list is shown, not the change
  if (ahead && ahead.from !== current) setAhead(null);
  useEffect(() => {
    const follow = () => setAhead(null);
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, []);
  const params = ahead && ahead.from === current ? ahead.next : address;
  const state = useMemo(
    () => readListState<F>(params, fields, defaultPageSize),
    [params, fields, defaultPageSize],
  );
  const query = toQuery(state.filters);
  const sort = state.sort ? `${state.sort.order === 'descend' ? '-' : ''}${state.sort.field}` : '';
  const listQuery = { ...query, page: state.page, pageSize: state.pageSize, sort };
  const result = useQuery({
    queryKey: [...queryKey, listQuery],
    queryFn: () => apiRequest<Page<Row>>(path, { query: listQuery }),
    placeholderData: keepPreviousData,
  });
  const change = (c: Parameters<typeof writeListState>[3]) => {
    const next = writeListState(params, fields, defaultPageSize, c);
    setAhead({ from: address.toString(), next });
    setParams(next);
  };
  return {
    ...state,
    query,
    result,
    setFilters: (filters) => change({ filters }),
    setPaging: ({ page, pageSize }) => change({ page, pageSize }),
    setSort: (next) => change({ sort: next }),
  };
}
