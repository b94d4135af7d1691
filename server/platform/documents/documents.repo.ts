import { and, asc, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { TDocumentKind, TDocumentState } from '../../../common/documents.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import {
  cadres,
  campaigns,
  caseCategories,
  cases,
  contactPoints,
  documentLinks,
  documents,
  orgs,
  visits,
} from '../../db/schema/index.ts';
import type { Actor } from '../access.ts';
import { countWhere } from '../count.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../scope.repo.ts';
import { textSearch } from '../search.repo.ts';

/**
 * The reviewable documents (调研课题, 公开信 …): one table for every kind, read with the author's
 * name and unit and the campaign's name. Who sees a row: the reader's scope (by the document's
 * unit) — and a cadre only his own and the published ones (a colleague's draft is not his).
 */
const columns = {
  id: documents.id,
  kind: documents.kind,
  cadreId: documents.cadreId,
  cadreName: cadres.name,
  cadrePost: cadres.post,
  leading: cadres.leading,
  orgId: documents.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  campaignId: documents.campaignId,
  campaignName: campaigns.name,
  createdBy: documents.createdBy,
  title: documents.title,
  body: documents.body,
  details: documents.details,
  state: documents.state,
  reviewLevel: documents.reviewLevel,
  comment: documents.comment,
  featured: documents.featured,
  rating: documents.rating,
  submittedAt: documents.submittedAt,
  approvedAt: documents.approvedAt,
  publishedAt: documents.publishedAt,
  createdAt: documents.createdAt,
  updatedAt: documents.updatedAt,
};
export type TDocumentRow = Awaited<ReturnType<typeof selectDocuments>>[number];

const joins = [
  { table: cadres, on: eq(cadres.id, documents.cadreId) },
  { table: orgs, on: eq(orgs.id, documents.orgId) },
];

function selectDocuments(db: DbOrTx) {
  return db
    .select(columns)
    .from(documents)
    .innerJoin(cadres, eq(cadres.id, documents.cadreId))
    .innerJoin(orgs, eq(orgs.id, documents.orgId))
    .innerJoin(campaigns, eq(campaigns.id, documents.campaignId));
}

/** What `reader` may see of a kind: his scope; a cadre his own and the published. */
export function visibleTo(kind: TDocumentKind, scope: Scope, reader?: Actor): SQL | undefined {
  const own =
    reader?.role === 'cadre'
      ? or(
          reader.cadreId ? eq(documents.cadreId, reader.cadreId) : sql`false`,
          eq(documents.state, 'published'),
        )
      : undefined;
  return and(eq(documents.kind, kind), scopeWhere(scope, orgs.path), own);
}

export type DocumentFilter = {
  q?: string;
  orgPath?: string;
  status?: TDocumentState;
  campaignId?: string;
  cadreId?: string;
  featured?: boolean;
};

function filterWhere(visible: SQL | undefined, f: DocumentFilter) {
  return and(
    visible,
    scopeAndUnit({ kind: 'all' }, f.orgPath, orgs.path),
    textSearch(f.q, documents.title, cadres.name),
    f.status ? eq(documents.state, f.status) : undefined,
    f.campaignId ? eq(documents.campaignId, f.campaignId) : undefined,
    f.cadreId ? eq(documents.cadreId, f.cadreId) : undefined,
    f.featured !== undefined ? eq(documents.featured, f.featured) : undefined,
  );
}

/** A page of a kind's documents, leading cadres first, then the latest changed. */
export function listDocuments(db: DbOrTx, visible: SQL | undefined, f: DocumentFilter, page: Page) {
  const where = filterWhere(visible, f);
  return listPage(
    selectDocuments(db)
      .where(where)
      .orderBy(desc(cadres.leading), desc(documents.updatedAt), asc(documents.id)),
    page,
    countWhere(db, documents, joins, where),
  );
}

export function findDocument(db: DbOrTx, visible: SQL | undefined, id: string) {
  return firstRow(selectDocuments(db).where(and(visible, eq(documents.id, id))));
}

export function lockDocument(tx: Tx, visible: SQL | undefined, id: string) {
  return firstRow(
    selectDocuments(tx)
      .where(and(visible, eq(documents.id, id)))
      .for('update', { of: documents }),
  );
}

/**
 * A step's write: only while the document is still where the step found it (state and review
 * level), so two reviewers at once cannot both move it. Null when it has moved.
 */
export async function writeDocumentState(
  tx: Tx,
  id: string,
  from: { state: string; reviewLevel: number },
  set: Partial<typeof documents.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(documents)
    .set({ ...set, updatedAt: new Date() })
    .where(
      and(
        eq(documents.id, id),
        eq(documents.state, from.state as TDocumentState),
        eq(documents.reviewLevel, from.reviewLevel),
      ),
    )
    .returning({ id: documents.id });
  return rows.length === 1;
}

const documentRows = rowsById(documents);
export const insertDocument = documentRows.insert;
export const updateDocument = documentRows.set;
export const deleteDocument = documentRows.remove;

/** The one document of a kind a cadre has in a campaign (六个一: one each), if any. */
export function findOwnDocument(
  db: DbOrTx,
  kind: TDocumentKind,
  cadreId: string,
  campaignId: string,
) {
  return firstRow(
    db
      .select({ id: documents.id, title: documents.title })
      .from(documents)
      .where(
        and(
          eq(documents.kind, kind),
          eq(documents.cadreId, cadreId),
          eq(documents.campaignId, campaignId),
        ),
      ),
  );
}

/**
 * 待我审核: submitted documents waiting at a level this reader reviews (`waiting`: the kinds and
 * the level index of each his role reviews at), in his scope, never his own.
 */
export function listWaiting(
  db: DbOrTx,
  scope: Scope,
  reader: Actor,
  waiting: { kind: TDocumentKind; level: number }[],
  page: Page,
) {
  const at = or(
    ...waiting.map((w) => and(eq(documents.kind, w.kind), eq(documents.reviewLevel, w.level))),
  );
  const where = and(
    eq(documents.state, 'submitted'),
    waiting.length > 0 ? at : sql`false`,
    scopeWhere(scope, orgs.path),
    reader.cadreId ? ne(documents.cadreId, reader.cadreId) : undefined,
  );
  return listPage(
    selectDocuments(db).where(where).orderBy(asc(documents.submittedAt), asc(documents.id)),
    page,
    countWhere(db, documents, joins, where),
  );
}

// ---- 佐证: visits and cases linked to a document ----------------------------------------------

export async function listLinks(db: DbOrTx, documentId: string) {
  return db
    .select({
      id: documentLinks.id,
      targetType: documentLinks.targetType,
      targetId: documentLinks.targetId,
      visitDate: visits.startDate,
      placeName: contactPoints.name,
      trackingCode: cases.trackingCode,
      categoryName: caseCategories.name,
      caseDate: sql<
        string | null
      >`to_char(${cases.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
    })
    .from(documentLinks)
    .leftJoin(
      visits,
      and(eq(documentLinks.targetType, 'visit'), eq(visits.id, documentLinks.targetId)),
    )
    .leftJoin(contactPoints, eq(contactPoints.id, visits.contactPointId))
    .leftJoin(
      cases,
      and(eq(documentLinks.targetType, 'case'), eq(cases.id, documentLinks.targetId)),
    )
    .leftJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
    .where(eq(documentLinks.documentId, documentId))
    .orderBy(asc(documentLinks.createdAt), asc(documentLinks.id));
}

/** A visit of this cadre, or undefined. */
export function findCadreVisit(db: DbOrTx, cadreId: string, visitId: string) {
  return firstRow(
    db
      .select({ id: visits.id })
      .from(visits)
      .where(and(eq(visits.id, visitId), eq(visits.cadreId, cadreId))),
  );
}

/** A case that reached this cadre (addressed to him or his to handle), or one of his unit's. */
export function findCadreCase(db: DbOrTx, cadreId: string, orgPath: string, caseId: string) {
  return firstRow(
    db
      .select({ id: cases.id })
      .from(cases)
      .leftJoin(orgs, eq(orgs.id, cases.assignedOrgId))
      .where(
        and(
          eq(cases.id, caseId),
          or(
            eq(cases.addresseeCadreId, cadreId),
            eq(cases.handlerCadreId, cadreId),
            scopeWhere({ kind: 'subtree', path: orgPath }, orgs.path),
          ),
        ),
      ),
  );
}

export async function insertLink(
  db: DbOrTx,
  row: typeof documentLinks.$inferInsert,
): Promise<string | null> {
  const [r] = await db
    .insert(documentLinks)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: documentLinks.id });
  return r?.id ?? null;
}

/** Removes one link of the document; what it linked, or undefined when there is none. */
export async function deleteLink(db: DbOrTx, documentId: string, linkId: string) {
  const [row] = await db
    .delete(documentLinks)
    .where(and(eq(documentLinks.id, linkId), eq(documentLinks.documentId, documentId)))
    .returning({ targetType: documentLinks.targetType });
  return row?.targetType;
}

/** Removes a draft with its links (its events stay in workflow_events, as the audit log does). */
export async function deleteDocumentWithLinks(db: DbOrTx, id: string) {
  await db.delete(documentLinks).where(eq(documentLinks.documentId, id));
  await deleteDocument(db, id);
}

// ---- 材料雷同: the texts the similarity check compares ------------------------------------------

/**
 * The other documents of these kinds in the campaign, with their text (title aside: the body and
 * the details), their author and unit. One indexed read (documents_campaign_idx); the caller
 * compares in memory.
 */
export function listCampaignTexts(
  db: DbOrTx,
  campaignId: string,
  kinds: readonly TDocumentKind[],
  exceptId: string,
) {
  return db
    .select({
      id: documents.id,
      kind: documents.kind,
      title: documents.title,
      body: documents.body,
      details: documents.details,
      cadreName: cadres.name,
      orgName: orgs.name,
      orgPath: orgs.path,
    })
    .from(documents)
    .innerJoin(cadres, eq(cadres.id, documents.cadreId))
    .innerJoin(orgs, eq(orgs.id, documents.orgId))
    .where(
      and(
        eq(documents.campaignId, campaignId),
        inArray(documents.kind, [...kinds]),
        ne(documents.id, exceptId),
      ),
    )
    .orderBy(asc(documents.id));
}
