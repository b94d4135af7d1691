import type { Page } from './rows.repo.ts';

/** What a list request asks for: page `page` (from 1) of `pageSize` rows. */
export type PageQuery = { page: number; pageSize: number };

/** The rows of one page: `limit`/`offset` for a repository's list query. */
export const pageOf = (q: PageQuery): Page => ({
  limit: q.pageSize,
  offset: (q.page - 1) * q.pageSize,
});

/** A list query as its filter and its page of rows. */
export function splitPage<Q extends PageQuery>({ page, pageSize, ...filter }: Q) {
  return { filter, page: pageOf({ page, pageSize }) };
}
