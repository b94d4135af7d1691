import { describe, expect, it } from 'vitest';
import type { Field } from './fields';
import { readListState, writeListState } from './listState';

const fields: Pick<Field<never>, 'name' | 'kind' | 'range'>[] = [
  { name: 'q', kind: 'text' },
  { name: 'rank', kind: 'select' },
  { name: 'active', kind: 'boolean' },
  { name: 'period', kind: 'dateRange', range: ['from', 'to'] },
];
const read = (search: string) => readListState(new URLSearchParams(search), fields, 20);
const write = (search: string, change: Parameters<typeof writeListState>[3]) =>
  writeListState(new URLSearchParams(search), fields, 20, change).toString();

describe('the list state in the address', () => {
  it('reads page, size, filters (yes/no as booleans, a period as two days) and sort', () => {
    expect(
      read('q=张&active=false&from=2026-01-01&to=2026-01-31&page=3&pageSize=50&sort=-name'),
    ).toEqual({
      page: 3,
      pageSize: 50,
      filters: { q: '张', active: false, from: '2026-01-01', to: '2026-01-31' },
      sort: { field: 'name', order: 'descend' },
    });
  });

  it('takes the defaults for what is missing or unreadable, and ignores other names', () => {
    expect(read('page=-2&pageSize=abc&active=maybe&view=42')).toEqual({
      page: 1,
      pageSize: 20,
      filters: {},
      sort: undefined,
    });
  });

  it('goes back to page 1 when a filter or the sort changes, keeping the page size', () => {
    expect(write('q=a&page=4&pageSize=50', { filters: { q: 'b', rank: 'county' } })).toBe(
      'q=b&pageSize=50&rank=county',
    );
    expect(write('page=4', { sort: { field: 'name', order: 'ascend' } })).toBe('sort=name');
  });

  it('keeps the page when only paging changes, and leaves defaults out of the address', () => {
    expect(write('q=a', { page: 2, pageSize: 20 })).toBe('q=a&page=2');
    expect(write('q=a&page=2', { page: 1, pageSize: 20 })).toBe('q=a');
  });

  it('keeps names that are not its own (?view= of an open row)', () => {
    expect(write('view=7&q=a', { filters: { q: undefined } })).toBe('view=7');
  });

  it('round-trips: what it writes it reads back the same', () => {
    const filters = {
      q: '李',
      rank: 'section',
      active: true,
      from: '2026-02-01',
      to: '2026-02-28',
    };
    const search = write('', { filters, sort: { field: 'createdAt', order: 'descend' } });
    const paged = write(search, { page: 5, pageSize: 100 });
    expect(read(paged)).toEqual({
      page: 5,
      pageSize: 100,
      filters,
      sort: { field: 'createdAt', order: 'descend' },
    });
  });
});
