import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TGoodPracticeKind } from '../../../common/good-practices-terms.ts';
import type { DbOrTx } from '../../db/client.ts';
import { campaigns, goodPractices, users } from '../../db/schema/index.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

export type GoodPracticeFilter = { q?: string; campaignId?: string; kind?: TGoodPracticeKind };

const sourceCampaign = alias(campaigns, 'source_campaign');

const columns = {
  id: goodPractices.id,
  campaignId: goodPractices.campaignId,
  campaignName: campaigns.name,
  kind: goodPractices.kind,
  subjectId: goodPractices.subjectId,
  documentKind: sql<'research' | 'reflection' | null>`${goodPractices.documentKind}`,
  title: goodPractices.title,
  note: goodPractices.note,
  sourceCampaignId: goodPractices.sourceCampaignId,
  sourceCampaignName: sourceCampaign.name,
  markedByName: users.name,
  createdAt: goodPractices.createdAt,
};

function selectPractices(db: DbOrTx) {
  return db
    .select(columns)
    .from(goodPractices)
    .innerJoin(campaigns, eq(campaigns.id, goodPractices.campaignId))
    .leftJoin(sourceCampaign, eq(sourceCampaign.id, goodPractices.sourceCampaignId))
    .leftJoin(users, eq(users.id, goodPractices.markedBy));
}

const whereOf = (f: GoodPracticeFilter): SQL | undefined =>
  and(
    textSearch(f.q, goodPractices.title, goodPractices.note),
    f.campaignId ? eq(goodPractices.campaignId, f.campaignId) : undefined,
    f.kind ? eq(goodPractices.kind, f.kind) : undefined,
  );

/** 经验做法, newest first (the bureau's: read bureau-wide, so no unit scope). */
export function listPractices(db: DbOrTx, f: GoodPracticeFilter, page: Page) {
  const where = whereOf(f);
  return listPage(
    selectPractices(db).where(where).orderBy(desc(goodPractices.createdAt), desc(goodPractices.id)),
    page,
    db.select({ n: count() }).from(goodPractices).where(where),
  );
}

export function findPractice(db: DbOrTx, id: string) {
  return firstRow(selectPractices(db).where(eq(goodPractices.id, id)));
}

/** The mark of a subject in a campaign, if any. */
export function findMark(
  db: DbOrTx,
  campaignId: string,
  kind: TGoodPracticeKind,
  subjectId: string,
) {
  return firstRow(
    db
      .select({ id: goodPractices.id })
      .from(goodPractices)
      .where(
        and(
          eq(goodPractices.campaignId, campaignId),
          eq(goodPractices.kind, kind),
          eq(goodPractices.subjectId, subjectId),
        ),
      ),
  );
}

/** A campaign's practices for its summary, in the order they were marked. */
export function practicesOfCampaign(db: DbOrTx, campaignId: string) {
  return db
    .select({
      id: goodPractices.id,
      kind: goodPractices.kind,
      subjectId: goodPractices.subjectId,
      documentKind: goodPractices.documentKind,
      title: goodPractices.title,
      note: goodPractices.note,
      sourceCampaignId: goodPractices.sourceCampaignId,
    })
    .from(goodPractices)
    .where(eq(goodPractices.campaignId, campaignId))
    .orderBy(asc(goodPractices.createdAt), asc(goodPractices.id));
}

/** The marks of subjects, any campaign (the buttons on a case or a document say whether marked). */
export function marksOfSubject(db: DbOrTx, kind: TGoodPracticeKind, subjectId: string) {
  return db
    .select({ id: goodPractices.id, campaignId: goodPractices.campaignId })
    .from(goodPractices)
    .where(and(eq(goodPractices.kind, kind), eq(goodPractices.subjectId, subjectId)));
}

export async function insertPractices(
  db: DbOrTx,
  rows: (typeof goodPractices.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(goodPractices).values(rows);
}

const practiceRows = rowsById(goodPractices);
export const insertPractice = practiceRows.insert;
export const deletePractice = practiceRows.remove;
