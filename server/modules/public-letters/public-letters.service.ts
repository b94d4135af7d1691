import type { TPublicLetter, TPublicLetterQuery } from '../../../common/public-letters.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { publicLetterText } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import {
  findPublishedLetter,
  listPublishedLetters,
  type TPublicKind,
  type TPublicLetterRow,
} from './public-letters.repo.ts';

/** The row as the public sees it: the author as 姓名（职务）; a letter published before the date was kept is dated by its last change. */
const toPublic = (r: TPublicLetterRow): TPublicLetter => ({
  id: r.id,
  title: r.title,
  body: r.body,
  author: publicLetterText.author(r.cadreName, r.cadrePost),
  orgName: r.orgName,
  publishedAt: r.publishedAt ?? r.updatedAt,
});

/** 给群众的公开信: the published letters, newest first (no account; read-only). */
export async function list(db: Db, query: TPublicLetterQuery, kind: TPublicKind = 'letter') {
  const { items, total } = await listPublishedLetters(db, { q: query.q }, pageOf(query), kind);
  return { items: items.map(toPublic), total };
}

/** One published letter; anything else — a draft, a withdrawn letter, a research report — is not found. */
export async function get(
  db: Db,
  id: string,
  kind: TPublicKind = 'letter',
): Promise<TPublicLetter> {
  const row = await findPublishedLetter(db, id, kind);
  if (!row) throw notFound();
  return toPublic(row);
}
