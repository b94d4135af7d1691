import type { Field } from './fields';
import { rangeNames } from './fields';

export type FilterValue = string | boolean | undefined;
/** The filters of a list as the page holds them: text and codes as strings, yes/no as booleans. */
export type ListFilters = Record<string, FilterValue>;

/** `sort=name` (ascending) or `sort=-name` (descending) in the address. */
export type ListSort = { field: string; order: 'ascend' | 'descend' };

export type ListState<F extends ListFilters = ListFilters> = {
  page: number;
  pageSize: number;
  filters: F;
  sort: ListSort | undefined;
};

type AnyField = Pick<Field<never>, 'name' | 'kind' | 'range'>;

/** Every address name the filters use (a period uses two). */
export function filterNames(fields: readonly AnyField[]): string[] {
  return fields.flatMap((f) => (f.kind === 'dateRange' ? [...rangeNames(f)] : [f.name]));
}

function positive(text: string | null, fallback: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The list's state read from the address; what is missing or unreadable takes its default. */
export function readListState<F extends ListFilters>(
  params: URLSearchParams,
  fields: readonly AnyField[],
  defaultPageSize: number,
): ListState<F> {
  const filters: ListFilters = {};
  for (const field of fields) {
    for (const name of field.kind === 'dateRange' ? rangeNames(field) : [field.name]) {
      const value = params.get(name);
      if (value === null || value === '') continue;
      if (field.kind === 'boolean' || field.kind === 'flag') {
        if (value === 'true' || value === 'false') filters[name] = value === 'true';
      } else filters[name] = value;
    }
  }
  const sort = params.get('sort');
  return {
    page: positive(params.get('page'), 1),
    pageSize: positive(params.get('pageSize'), defaultPageSize),
    filters: filters as F,
    sort: sort
      ? sort.startsWith('-')
        ? { field: sort.slice(1), order: 'descend' }
        : { field: sort, order: 'ascend' }
      : undefined,
  };
}

/**
 * The address after a change of the list's state. Other names (`?view=<id>`) stay as they were;
 * defaults are left out so a plain list has a plain address. A change of filters or sort goes
 * back to page 1 (refine's useTable does the same): page 3 of another search means nothing.
 */
export function writeListState(
  current: URLSearchParams,
  fields: readonly AnyField[],
  defaultPageSize: number,
  change: { filters?: ListFilters; page?: number; pageSize?: number; sort?: ListSort | null },
): URLSearchParams {
  const next = new URLSearchParams(current);
  const put = (name: string, value: string | undefined) => {
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, value);
  };
  if (change.filters) {
    for (const name of filterNames(fields)) {
      const value = change.filters[name];
      put(name, typeof value === 'boolean' ? String(value) : value?.trim());
    }
  }
  if (change.sort !== undefined) {
    put(
      'sort',
      change.sort ? `${change.sort.order === 'descend' ? '-' : ''}${change.sort.field}` : undefined,
    );
  }
  if (change.pageSize !== undefined) {
    put('pageSize', change.pageSize === defaultPageSize ? undefined : String(change.pageSize));
  }
  const resetsPage = change.filters !== undefined || change.sort !== undefined;
  const page = resetsPage ? 1 : change.page;
  if (page !== undefined) put('page', page === 1 ? undefined : String(page));
  return next;
}
