import { and, asc, count, desc, eq, ilike, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TRectificationState } from '../../../common/rectification-terms.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import {
  cadres,
  campaigns,
  cases,
  documents,
  orgs,
  rectifications,
  users,
} from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';

/** What a reader may see: the scope by the item's unit. */
export type Visible = { scope: Scope };

export type RectificationFilter = {
  q?: string;
  orgPath?: string;
  state?: TRectificationState;
  overdue?: boolean;
  campaignId?: string;
  selfExamId?: string;
  cadreId?: string;
};

const selfExam = alias(documents, 'self_exam');
const signer = alias(users, 'signer');

/** past the deadline and not signed off, on `today` (Asia/Shanghai) */
const overdueOn = (today: string) =>
  sql<boolean>`(${rectifications.state} <> 'done' and ${rectifications.deadline} < ${today})`;

const columnsOn = (today: string) => ({
  id: rectifications.id,
  cadreId: rectifications.cadreId,
  cadreName: cadres.name,
  orgId: rectifications.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  campaignId: rectifications.campaignId,
  campaignName: campaigns.name,
  selfExamId: rectifications.selfExamId,
  selfExamTitle: selfExam.title,
  standard: rectifications.standard,
  problem: rectifications.problem,
  measure: rectifications.measure,
  responsible: rectifications.responsible,
  deadline: rectifications.deadline,
  state: rectifications.state,
  overdue: overdueOn(today),
  caseId: rectifications.caseId,
  caseTrackingCode: cases.trackingCode,
  caseStatus: cases.status,
  evidence: rectifications.evidence,
  progressNote: rectifications.progressNote,
  doneAt: rectifications.doneAt,
  signedOffBy: rectifications.signedOffBy,
  signedOffByName: signer.name,
  signedOffAt: rectifications.signedOffAt,
  remindedAt: rectifications.remindedAt,
  createdAt: rectifications.createdAt,
  updatedAt: rectifications.updatedAt,
});

const from = (db: DbOrTx, today: string) =>
  db
    .select(columnsOn(today))
    .from(rectifications)
    .innerJoin(cadres, eq(cadres.id, rectifications.cadreId))
    .innerJoin(orgs, eq(orgs.id, rectifications.orgId))
    .leftJoin(campaigns, eq(campaigns.id, rectifications.campaignId))
    .leftJoin(selfExam, eq(selfExam.id, rectifications.selfExamId))
    .leftJoin(cases, eq(cases.id, rectifications.caseId))
    .leftJoin(signer, eq(signer.id, rectifications.signedOffBy));

export type RectificationRow = NonNullable<Awaited<ReturnType<typeof findRectification>>>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function visibleWhere(v: Visible): SQL | undefined {
  return scopeWhere(v.scope, orgs.path);
}

function whereOf(v: Visible, f: RectificationFilter, today: string) {
  const q = f.q ? `%${escapeLike(f.q)}%` : undefined;
  return and(
    visibleWhere(v),
    scopeAndUnit({ kind: 'all' }, f.orgPath, orgs.path),
    f.state ? eq(rectifications.state, f.state) : undefined,
    f.overdue === true ? overdueOn(today) : undefined,
    f.overdue === false ? sql`not ${overdueOn(today)}` : undefined,
    f.campaignId ? eq(rectifications.campaignId, f.campaignId) : undefined,
    f.selfExamId ? eq(rectifications.selfExamId, f.selfExamId) : undefined,
    f.cadreId ? eq(rectifications.cadreId, f.cadreId) : undefined,
    q
      ? or(
          ilike(rectifications.problem, q),
          ilike(rectifications.measure, q),
          ilike(rectifications.responsible, q),
          ilike(cadres.name, q),
        )
      : undefined,
  );
}

/** What the list's WHERE looks at: the item, its cadre (name) and its unit (path). */
const countJoins = [
  { table: cadres, on: eq(cadres.id, rectifications.cadreId) },
  { table: orgs, on: eq(orgs.id, rectifications.orgId) },
];

/** A page of items: overdue first, then by deadline. */
export function listRectifications(
  db: DbOrTx,
  v: Visible,
  f: RectificationFilter,
  page: Page,
  today: string,
) {
  const where = whereOf(v, f, today);
  return listPage(
    from(db, today)
      .where(where)
      .orderBy(
        desc(overdueOn(today)),
        asc(rectifications.deadline),
        desc(rectifications.createdAt),
        asc(rectifications.id),
      ),
    page,
    countWhere(db, rectifications, countJoins, where),
  );
}

export function findRectification(db: DbOrTx, v: Visible, id: string, today: string) {
  return firstRow(from(db, today).where(and(eq(rectifications.id, id), visibleWhere(v))));
}

/** The same, the item's row locked for the rest of the transaction (not the joined ones). */
export function lockRectification(tx: Tx, v: Visible, id: string, today: string) {
  return firstRow(
    from(tx, today)
      .where(and(eq(rectifications.id, id), visibleWhere(v)))
      .for('update', { of: rectifications }),
  );
}

const rows = rowsById(rectifications);
export const insertRectification = rows.insert;
export const updateRectification = rows.set;
export const deleteRectification = rows.remove;

/** A step's write: only while the item is still in state `from`; false when it has moved. */
export async function writeRectificationState(
  tx: Tx,
  id: string,
  from: TRectificationState,
  set: Partial<typeof rectifications.$inferInsert>,
): Promise<boolean> {
  const done = await tx
    .update(rectifications)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(rectifications.id, id), eq(rectifications.state, from)))
    .returning({ id: rectifications.id });
  return done.length > 0;
}

/** Per unit of the items: counts by state, overdue, in the scope (and unit, campaign). */
export function progressByUnit(
  db: DbOrTx,
  v: Visible,
  f: { orgPath?: string; campaignId?: string },
  today: string,
) {
  const n = (cond: SQL) => sql<number>`count(*) filter (where ${cond})`.mapWith(Number);
  return db
    .select({
      orgId: orgs.id,
      orgName: orgs.name,
      total: count(),
      open: n(eq(rectifications.state, 'open')),
      inProgress: n(eq(rectifications.state, 'in_progress')),
      submitted: n(eq(rectifications.state, 'submitted')),
      done: n(eq(rectifications.state, 'done')),
      overdue: n(overdueOn(today)),
    })
    .from(rectifications)
    .innerJoin(orgs, eq(orgs.id, rectifications.orgId))
    .where(whereOf(v, f, today))
    .groupBy(orgs.id, orgs.name, orgs.path)
    .orderBy(asc(orgs.path));
}

/** Overdue items (scope, unit, campaign) with their cadre, for the reminders. */
export function overdueItems(
  db: DbOrTx,
  v: Visible,
  f: { orgPath?: string; campaignId?: string },
  today: string,
) {
  return db
    .select({
      id: rectifications.id,
      cadreId: rectifications.cadreId,
      problem: rectifications.problem,
      deadline: rectifications.deadline,
    })
    .from(rectifications)
    .innerJoin(orgs, eq(orgs.id, rectifications.orgId))
    .innerJoin(cadres, eq(cadres.id, rectifications.cadreId))
    .where(whereOf(v, { ...f, overdue: true }, today))
    .orderBy(asc(rectifications.deadline), asc(rectifications.id));
}

export async function markReminded(db: DbOrTx, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.update(rectifications).set({ remindedAt: at }).where(inArray(rectifications.id, ids));
}

/** Items waiting for 销号 that are linked to a case: the job checks the case's rating. */
export function submittedWithCase(db: DbOrTx) {
  return db
    .select({ id: rectifications.id, caseId: rectifications.caseId })
    .from(rectifications)
    .where(and(eq(rectifications.state, 'submitted'), sql`${rectifications.caseId} is not null`));
}

/** The cadre with his unit, in the writer's scope. */
export async function findCadreInScope(db: DbOrTx, scope: Scope, cadreId: string) {
  return firstRow(
    db
      .select({ id: cadres.id, name: cadres.name, active: cadres.active, orgId: cadres.orgId })
      .from(cadres)
      .innerJoin(orgs, eq(orgs.id, cadres.orgId))
      .where(and(eq(cadres.id, cadreId), scopeWhere(scope, orgs.path))),
  );
}

/** A self-examination report (document of kind self_exam) of this cadre. */
export async function findSelfExamOf(db: DbOrTx, id: string, cadreId: string) {
  return firstRow(
    db
      .select({ id: documents.id })
      .from(documents)
      .where(
        and(
          eq(documents.id, id),
          eq(documents.cadreId, cadreId),
          sql`${documents.kind}::text = 'self_exam'`,
        ),
      ),
  );
}

export async function campaignExists(db: DbOrTx, id: string): Promise<boolean> {
  return Boolean(
    await firstRow(db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, id))),
  );
}

/**
 * 回头看 (modules/meetings): the unit's items (its subtree) that were still open on `day` and
 * made before it, and of those the ones in `ids`.
 */
export async function openItemsBefore(db: DbOrTx, orgPath: string, day: string) {
  return db
    .select({ id: rectifications.id })
    .from(rectifications)
    .innerJoin(orgs, eq(orgs.id, rectifications.orgId))
    .where(
      and(
        scopeWhere({ kind: 'subtree', path: orgPath }, orgs.path),
        lt(sql`(${rectifications.createdAt} at time zone 'Asia/Shanghai')::date`, day),
        or(
          ne(rectifications.state, 'done'),
          sql`(${rectifications.doneAt} at time zone 'Asia/Shanghai')::date >= ${day}`,
        ),
      ),
    );
}

/** Of these items, the ones in the unit's subtree (a meeting's 回头看 picks only its own). */
export async function itemsUnder(db: DbOrTx, orgPath: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: rectifications.id })
    .from(rectifications)
    .innerJoin(orgs, eq(orgs.id, rectifications.orgId))
    .where(
      and(
        inArray(rectifications.id, ids),
        scopeWhere({ kind: 'subtree', path: orgPath }, orgs.path),
      ),
    );
}
