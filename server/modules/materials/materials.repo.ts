import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { TMaterialKind } from '../../../common/materials-terms.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  cadres,
  campaigns,
  materialDistributions,
  materials,
  materialViews,
  orgs,
  users,
} from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

/** What the reader's counts look at: his scope and, when a list asks for one unit, that unit. */
export type MaterialReader = {
  scope: Scope;
  /** the unit a list asks for (and the units below it) */
  orgPath?: string;
  /** the reader's own cadre, for his mark; null: none */
  cadreId: string | null;
};

export type MaterialFilter = {
  q?: string;
  kind?: TMaterialKind;
  campaignId?: string;
  /** only materials with a sending not yet confirmed in the reader's scope */
  pending?: boolean;
};

/** The distributions of the material row in the query, in the reader's scope (and unit). */
const inReach = (r: MaterialReader) => {
  const where = scopeAndUnit(r.scope, r.orgPath, orgs.path);
  return sql`from ${materialDistributions} inner join ${orgs} on ${orgs.id} = ${materialDistributions.orgId}
    where ${materialDistributions.materialId} = ${materials.id}${where ? sql` and ${where}` : sql``}`;
};

const columns = (r: MaterialReader) => ({
  id: materials.id,
  campaignId: materials.campaignId,
  campaignName: campaigns.name,
  kind: materials.kind,
  title: materials.title,
  description: materials.description,
  copies: materials.copies,
  link: materials.link,
  createdAt: materials.createdAt,
  updatedAt: materials.updatedAt,
  sentUnits: sql<number>`(select count(*)::int ${inReach(r)})`,
  confirmedUnits: sql<number>`(select count(*)::int ${inReach(r)} and ${materialDistributions.receivedAt} is not null)`,
  sentCopies: sql<number>`(select coalesce(sum(${materialDistributions.quantity}), 0)::int ${inReach(r)})`,
  sentCopiesAll: sql<number>`(select coalesce(sum(d.quantity), 0)::int from ${materialDistributions} d where d.material_id = ${materials.id})`,
  sentAnywhere: sql<number>`(select count(*)::int from ${materialDistributions} d where d.material_id = ${materials.id})`,
  viewedAnywhere: sql<number>`(select count(*)::int from ${materialViews} v where v.material_id = ${materials.id})`,
  viewedAt: r.cadreId
    ? sql<Date | null>`(select v.viewed_at from ${materialViews} v where v.material_id = ${materials.id} and v.cadre_id = ${r.cadreId})`.mapWith(
        (v: string | Date | null) => (v === null ? null : new Date(v)),
      )
    : sql<Date | null>`null`,
  viewers: viewersOf(r),
});

/** Cadres of the reader's scope (and unit) who marked the material studied. */
function viewersOf(r: MaterialReader) {
  const where = scopeAndUnit(r.scope, r.orgPath, orgs.path);
  return sql<number>`(select count(*)::int from ${materialViews}
    inner join ${cadres} on ${cadres.id} = ${materialViews.cadreId}
    inner join ${orgs} on ${orgs.id} = ${cadres.orgId}
    where ${materialViews.materialId} = ${materials.id}${where ? sql` and ${where}` : sql``})`;
}

export type TMaterialRow = Awaited<ReturnType<typeof listMaterials>>['items'][number];

function materialWhere(r: MaterialReader, f: MaterialFilter): SQL | undefined {
  return and(
    textSearch(f.q, materials.title, materials.description),
    f.kind ? eq(materials.kind, f.kind) : undefined,
    f.campaignId ? eq(materials.campaignId, f.campaignId) : undefined,
    // a unit asked for: the materials sent there
    r.orgPath ? sql`exists (select 1 ${inReach(r)})` : undefined,
    f.pending
      ? sql`exists (select 1 ${inReach(r)} and ${materialDistributions.receivedAt} is null)`
      : undefined,
  );
}

export function listMaterials(db: DbOrTx, r: MaterialReader, f: MaterialFilter, page: Page) {
  const where = materialWhere(r, f);
  return listPage(
    db
      .select(columns(r))
      .from(materials)
      .leftJoin(campaigns, eq(campaigns.id, materials.campaignId))
      .where(where)
      .orderBy(desc(materials.createdAt), desc(materials.id)),
    page,
    countWhere(db, materials, [], where),
  );
}

/** Materials are the bureau's: everyone reads them; the counts are of the reader's scope. */
export function findMaterial(db: DbOrTx, r: MaterialReader, id: string) {
  return firstRow(
    db
      .select(columns(r))
      .from(materials)
      .leftJoin(campaigns, eq(campaigns.id, materials.campaignId))
      .where(eq(materials.id, id)),
  );
}

/** The material row, locked until the transaction ends: sendings of it are checked one at a time. */
export async function lockMaterial(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select({ id: materials.id, title: materials.title, copies: materials.copies })
    .from(materials)
    .where(eq(materials.id, id))
    .for('update');
  return row;
}

/** A campaign's materials as written (no distributions, receipts or views), oldest first. */
export function materialsOfCampaign(db: DbOrTx, campaignId: string) {
  return db
    .select({
      id: materials.id,
      kind: materials.kind,
      title: materials.title,
      description: materials.description,
      copies: materials.copies,
      link: materials.link,
    })
    .from(materials)
    .where(eq(materials.campaignId, campaignId))
    .orderBy(asc(materials.createdAt), asc(materials.id));
}

const materialRows = rowsById(materials);
export const insertMaterial = materialRows.insert;
export const updateMaterial = materialRows.set;
export const deleteMaterial = materialRows.remove;

// ---- distributions ------------------------------------------------------------------------------

const distributionColumns = {
  id: materialDistributions.id,
  materialId: materialDistributions.materialId,
  materialTitle: materials.title,
  orgId: materialDistributions.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  quantity: materialDistributions.quantity,
  sentOn: materialDistributions.sentOn,
  receivedAt: materialDistributions.receivedAt,
  receivedByName: users.name,
  receivedQuantity: materialDistributions.receivedQuantity,
  receiptNote: materialDistributions.receiptNote,
  remindedAt: materialDistributions.remindedAt,
  createdAt: materialDistributions.createdAt,
};

export type TDistributionRow = NonNullable<Awaited<ReturnType<typeof findDistribution>>>;

export type DistributionFilter = { q?: string; orgPath?: string; received?: boolean };

const distributionJoins = [{ table: orgs, on: eq(orgs.id, materialDistributions.orgId) }];

export function listDistributions(
  db: DbOrTx,
  scope: Scope,
  materialId: string,
  f: DistributionFilter,
  page: Page,
) {
  const where = and(
    eq(materialDistributions.materialId, materialId),
    scopeAndUnit(scope, f.orgPath, orgs.path),
    textSearch(f.q, orgs.name),
    f.received === undefined
      ? undefined
      : f.received
        ? isNotNull(materialDistributions.receivedAt)
        : isNull(materialDistributions.receivedAt),
  );
  return listPage(
    db
      .select(distributionColumns)
      .from(materialDistributions)
      .innerJoin(orgs, eq(orgs.id, materialDistributions.orgId))
      .innerJoin(materials, eq(materials.id, materialDistributions.materialId))
      .leftJoin(users, eq(users.id, materialDistributions.receivedBy))
      .where(where)
      // 未签收 first, then by the tree's order of units
      .orderBy(
        sql`${materialDistributions.receivedAt} is not null`,
        asc(orgs.path),
        asc(materialDistributions.id),
      ),
    page,
    countWhere(db, materialDistributions, distributionJoins, where),
  );
}

export function findDistribution(db: DbOrTx, scope: Scope, materialId: string, id: string) {
  return firstRow(
    db
      .select(distributionColumns)
      .from(materialDistributions)
      .innerJoin(orgs, eq(orgs.id, materialDistributions.orgId))
      .innerJoin(materials, eq(materials.id, materialDistributions.materialId))
      .leftJoin(users, eq(users.id, materialDistributions.receivedBy))
      .where(
        and(
          eq(materialDistributions.id, id),
          eq(materialDistributions.materialId, materialId),
          scopeWhere(scope, orgs.path),
        ),
      ),
  );
}

/** A distribution by id alone, in scope (a receipt photo's owner). */
export function findDistributionById(db: DbOrTx, scope: Scope, id: string) {
  return firstRow(
    db
      .select({ id: materialDistributions.id })
      .from(materialDistributions)
      .innerJoin(orgs, eq(orgs.id, materialDistributions.orgId))
      .where(and(eq(materialDistributions.id, id), scopeWhere(scope, orgs.path))),
  );
}

/** The units among `orgIds` the material was sent to already, by name. */
export function alreadySentTo(tx: DbOrTx, materialId: string, orgIds: string[]) {
  return tx
    .select({ orgId: orgs.id, name: orgs.name })
    .from(materialDistributions)
    .innerJoin(orgs, eq(orgs.id, materialDistributions.orgId))
    .where(
      and(
        eq(materialDistributions.materialId, materialId),
        inArray(materialDistributions.orgId, orgIds),
      ),
    );
}

/** How many cadres marked the material studied (anywhere). */
export async function viewsOf(tx: DbOrTx, materialId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(materialViews)
    .where(eq(materialViews.materialId, materialId));
  return row?.n ?? 0;
}

/** Copies sent of the material, and to how many units. */
export async function sentOf(tx: DbOrTx, materialId: string) {
  const [row] = await tx
    .select({
      units: count(),
      copies: sql<number>`coalesce(sum(${materialDistributions.quantity}), 0)::int`,
    })
    .from(materialDistributions)
    .where(eq(materialDistributions.materialId, materialId));
  return { units: row?.units ?? 0, copies: row?.copies ?? 0 };
}

export async function insertDistributions(
  tx: DbOrTx,
  rows: (typeof materialDistributions.$inferInsert)[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const made = await tx
    .insert(materialDistributions)
    .values(rows)
    .returning({ id: materialDistributions.id });
  return made.map((r) => r.id);
}

export async function deleteDistribution(tx: DbOrTx, id: string): Promise<boolean> {
  const gone = await tx
    .delete(materialDistributions)
    .where(and(eq(materialDistributions.id, id), isNull(materialDistributions.receivedAt)))
    .returning({ id: materialDistributions.id });
  return gone.length === 1;
}

/**
 * Records the receipt only while there is none: of two confirmations at once one updates the row,
 * the other finds it received (false).
 */
export async function markReceived(
  tx: DbOrTx,
  id: string,
  receipt: { receivedBy: string; receivedQuantity: number; receiptNote: string; at: Date },
): Promise<boolean> {
  const done = await tx
    .update(materialDistributions)
    .set({
      receivedAt: receipt.at,
      receivedBy: receipt.receivedBy,
      receivedQuantity: receipt.receivedQuantity,
      receiptNote: receipt.receiptNote,
    })
    .where(and(eq(materialDistributions.id, id), isNull(materialDistributions.receivedAt)))
    .returning({ id: materialDistributions.id });
  return done.length === 1;
}

// ---- reminders ----------------------------------------------------------------------------------

/** The sendings not confirmed in the scope (of one material, or of all), with their unit. */
export function unconfirmedDistributions(db: DbOrTx, scope: Scope, materialId?: string) {
  return db
    .select({
      id: materialDistributions.id,
      orgId: materialDistributions.orgId,
      orgName: orgs.name,
      title: materials.title,
      remindedAt: materialDistributions.remindedAt,
    })
    .from(materialDistributions)
    .innerJoin(orgs, eq(orgs.id, materialDistributions.orgId))
    .innerJoin(materials, eq(materials.id, materialDistributions.materialId))
    .where(
      and(
        isNull(materialDistributions.receivedAt),
        materialId ? eq(materialDistributions.materialId, materialId) : undefined,
        scopeWhere(scope, orgs.path),
      ),
    )
    .orderBy(asc(orgs.path), asc(materials.title));
}

/** The active unit-admin accounts of these units (who is told to confirm a receipt). */
export function unitAdminsOf(db: DbOrTx, orgIds: string[]) {
  if (orgIds.length === 0) return Promise.resolve([]);
  return db
    .select({ userId: users.id, orgId: users.orgId })
    .from(users)
    .where(
      and(eq(users.role, 'unit_admin'), inArray(users.orgId, orgIds), isNull(users.disabledAt)),
    );
}

/**
 * Marks the sendings reminded now, those not reminded since `dayStart` only: two reminders at
 * once cannot both claim a sending. Returns the ids it marked.
 */
export async function markReminded(tx: DbOrTx, ids: string[], dayStart: Date, now: Date) {
  if (ids.length === 0) return [];
  const rows = await tx
    .update(materialDistributions)
    .set({ remindedAt: now })
    .where(
      and(
        inArray(materialDistributions.id, ids),
        isNull(materialDistributions.receivedAt),
        or(
          isNull(materialDistributions.remindedAt),
          lt(materialDistributions.remindedAt, dayStart),
        ),
      ),
    )
    .returning({ id: materialDistributions.id });
  return rows.map((r) => r.id);
}

// ---- views --------------------------------------------------------------------------------------

/** The cadre's mark; a second one keeps the first time. Whether it was new. */
export async function insertView(tx: DbOrTx, materialId: string, cadreId: string) {
  const made = await tx
    .insert(materialViews)
    .values({ materialId, cadreId })
    .onConflictDoNothing({ target: [materialViews.materialId, materialViews.cadreId] })
    .returning({ viewedAt: materialViews.viewedAt });
  return made.length === 1;
}

export async function findView(db: DbOrTx, materialId: string, cadreId: string) {
  return firstRow(
    db
      .select({
        materialId: materialViews.materialId,
        cadreId: materialViews.cadreId,
        viewedAt: materialViews.viewedAt,
      })
      .from(materialViews)
      .where(and(eq(materialViews.materialId, materialId), eq(materialViews.cadreId, cadreId))),
  );
}

export async function cadreName(db: DbOrTx, cadreId: string) {
  const [row] = await db.select({ name: cadres.name }).from(cadres).where(eq(cadres.id, cadreId));
  return row?.name;
}
