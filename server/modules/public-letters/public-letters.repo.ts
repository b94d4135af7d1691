import { and, desc, eq, sql } from 'drizzle-orm';
import type { TDocumentKind } from '../../../common/documents.ts';
import type { DbOrTx } from '../../db/client.ts';
import { cadres, documents, orgs } from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { firstRow, listPage, type Page } from '../../platform/rows.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

/**
 * What the public may see of a letter: the text, the author's name and post, the unit and the
 * day. Deliberately a short list — no phone, e-mail or anything else of the cadre's row.
 */
const columns = {
  id: documents.id,
  title: documents.title,
  body: documents.body,
  cadreName: cadres.name,
  cadrePost: cadres.post,
  orgName: orgs.name,
  publishedAt: documents.publishedAt,
  updatedAt: documents.updatedAt,
};

export type TPublicLetterRow = NonNullable<Awaited<ReturnType<typeof findPublishedLetter>>>;

/**
 * The kinds the citizens' site shows: the open letter (公开信) and the reflection (心得体会, issue 13
 * §4). Never a research report or a self-examination report.
 */
export type TPublicKind = Extract<TDocumentKind, 'letter' | 'reflection'>;

/** Only a published document of the kind is public: never a draft, a withdrawn one or another kind. */
const published = (kind: TPublicKind) =>
  and(eq(documents.kind, kind), eq(documents.state, 'published'));

const joined = (db: DbOrTx) =>
  db
    .select(columns)
    .from(documents)
    .innerJoin(cadres, eq(cadres.id, documents.cadreId))
    .innerJoin(orgs, eq(orgs.id, documents.orgId));

/** Published letters, newest first; `q` in the title or the text. */
export async function listPublishedLetters(
  db: DbOrTx,
  f: { q?: string },
  page: Page,
  kind: TPublicKind = 'letter',
) {
  const where = and(published(kind), textSearch(f.q, documents.title, documents.body));
  return listPage(
    joined(db)
      .where(where)
      .orderBy(sql`${documents.publishedAt} desc nulls last`, desc(documents.id)),
    page,
    countWhere(db, documents, [], where),
  );
}

/** One published letter, or undefined (whatever else the id is). */
export async function findPublishedLetter(db: DbOrTx, id: string, kind: TPublicKind = 'letter') {
  return firstRow(joined(db).where(and(eq(documents.id, id), published(kind))));
}
