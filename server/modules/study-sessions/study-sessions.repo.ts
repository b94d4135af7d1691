import {
  and,
  asc,
  desc,
  eq,
  exists,
  gte,
  inArray,
  like,
  lte,
  ne,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TAttendanceStatus } from '../../../common/study-session-terms.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import {
  cadres,
  campaigns,
  orgs,
  sessionAttendance,
  studySessions,
} from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeWhere } from '../../platform/scope.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

/** Who reads: his scope, and the cadre of his account (he also sees sessions he is on the roster of). */
export type Reader = { scope: Scope; cadreId: string | null };

export type SessionFilter = {
  q?: string;
  orgPath?: string;
  kind?: string;
  from?: Date;
  to?: Date;
  campaignId?: string;
  /** only the sessions the reader is on the roster of (我的学习) */
  mineOnly?: boolean;
};

const recorder = alias(cadres, 'recorder');
const mine = alias(sessionAttendance, 'mine');

/** The roster counted per session: the counts are always these rows, never typed. */
const countsOf = (db: DbOrTx) =>
  db
    .select({
      sessionId: sessionAttendance.sessionId,
      due: sql<number>`count(*)`.mapWith(Number).as('due'),
      present: sql<number>`count(*) filter (where ${sessionAttendance.status} = 'present')`
        .mapWith(Number)
        .as('present'),
      late: sql<number>`count(*) filter (where ${sessionAttendance.status} = 'late')`
        .mapWith(Number)
        .as('late'),
      leave: sql<number>`count(*) filter (where ${sessionAttendance.status} = 'leave')`
        .mapWith(Number)
        .as('leave'),
      absent: sql<number>`count(*) filter (where ${sessionAttendance.status} = 'absent')`
        .mapWith(Number)
        .as('absent'),
      unrecorded: sql<number>`count(*) filter (where ${sessionAttendance.status} = 'expected')`
        .mapWith(Number)
        .as('unrecorded'),
    })
    .from(sessionAttendance)
    .groupBy(sessionAttendance.sessionId)
    .as('counts');

/** On the roster of the session (or its recorder): what lets a cadre see a session above his unit. */
function onRoster(cadreId: string): SQL {
  return or(
    eq(studySessions.recorderCadreId, cadreId),
    exists(
      sql`(select 1 from ${sessionAttendance} where ${sessionAttendance.sessionId} = ${studySessions.id} and ${sessionAttendance.cadreId} = ${cadreId})`,
    ),
  ) as SQL;
}

/** The sessions a reader sees: of his scope, and those above it he is on the roster of. */
function visible(r: Reader): SQL | undefined {
  const inScope = scopeWhere(r.scope, orgs.path);
  if (!inScope || !r.cadreId) return inScope;
  return or(inScope, onRoster(r.cadreId));
}

function selectSessions(db: DbOrTx, cadreId: string | null) {
  const c = countsOf(db);
  return db
    .select({
      id: studySessions.id,
      orgId: studySessions.orgId,
      orgName: orgs.name,
      orgPath: orgs.path,
      campaignId: studySessions.campaignId,
      kind: studySessions.kind,
      title: studySessions.title,
      startsAt: studySessions.startsAt,
      endsAt: studySessions.endsAt,
      place: studySessions.place,
      presenter: studySessions.presenter,
      recorderCadreId: studySessions.recorderCadreId,
      recorderName: recorder.name,
      materialId: studySessions.materialId,
      minutes: studySessions.minutes,
      lateState: studySessions.lateState,
      lateReason: studySessions.lateReason,
      lateDecidedAt: studySessions.lateDecidedAt,
      createdAt: studySessions.createdAt,
      due: sql<number>`coalesce(${c.due}, 0)`.mapWith(Number),
      present: sql<number>`coalesce(${c.present}, 0)`.mapWith(Number),
      late: sql<number>`coalesce(${c.late}, 0)`.mapWith(Number),
      leave: sql<number>`coalesce(${c.leave}, 0)`.mapWith(Number),
      absent: sql<number>`coalesce(${c.absent}, 0)`.mapWith(Number),
      unrecorded: sql<number>`coalesce(${c.unrecorded}, 0)`.mapWith(Number),
      myStatus: mine.status,
    })
    .from(studySessions)
    .innerJoin(orgs, eq(orgs.id, studySessions.orgId))
    .leftJoin(recorder, eq(recorder.id, studySessions.recorderCadreId))
    .leftJoin(c, eq(c.sessionId, studySessions.id))
    .leftJoin(
      mine,
      and(
        eq(mine.sessionId, studySessions.id),
        // no cadre: a condition that never holds (a uuid column is never '')
        cadreId ? eq(mine.cadreId, cadreId) : sql`false`,
      ),
    );
}

export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

function whereOf(r: Reader, f: SessionFilter) {
  return and(
    visible(r),
    f.orgPath ? like(orgs.path, `${f.orgPath}%`) : undefined,
    f.kind ? eq(studySessions.kind, f.kind as 'seminar') : undefined,
    f.campaignId ? eq(studySessions.campaignId, f.campaignId) : undefined,
    f.from ? gte(studySessions.startsAt, f.from) : undefined,
    f.to ? lte(studySessions.startsAt, f.to) : undefined,
    f.mineOnly ? (r.cadreId ? onRoster(r.cadreId) : sql`false`) : undefined,
    textSearch(f.q, studySessions.title, studySessions.place, studySessions.presenter),
  );
}

export async function listSessions(db: DbOrTx, r: Reader, f: SessionFilter, page: Page) {
  const where = whereOf(r, f);
  return listPage(
    selectSessions(db, r.cadreId)
      .where(where)
      .orderBy(desc(studySessions.startsAt), desc(studySessions.id)),
    page,
    countWhere(db, studySessions, [{ table: orgs, on: eq(orgs.id, studySessions.orgId) }], where),
  );
}

export async function findSession(db: DbOrTx, r: Reader, id: string) {
  return firstRow(selectSessions(db, r.cadreId).where(and(eq(studySessions.id, id), visible(r))));
}

/**
 * The session locked for a write (`FOR UPDATE` of its row): attendance, minutes and the late-entry
 * steps of one session happen one after the other.
 */
export async function lockSession(tx: Tx, r: Reader, id: string) {
  const [row] = await tx
    .select({ id: studySessions.id })
    .from(studySessions)
    .innerJoin(orgs, eq(orgs.id, studySessions.orgId))
    .where(and(eq(studySessions.id, id), visible(r)))
    .for('update', { of: studySessions });
  if (!row) return undefined;
  return findSession(tx, r, id);
}

const sessionRows = rowsById(studySessions);
export const insertSession = sessionRows.insert;
export const updateSession = sessionRows.set;
export const deleteSession = sessionRows.remove;

/** Writes the late-entry state only while it is still `from` (the workflow's store). */
export async function writeLateState(
  tx: Tx,
  id: string,
  from: string | null,
  set: Partial<typeof studySessions.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(studySessions)
    .set({ ...set, updatedAt: new Date() })
    .where(
      and(
        eq(studySessions.id, id),
        from === null
          ? sql`${studySessions.lateState} is null`
          : eq(studySessions.lateState, from as 'requested'),
      ),
    )
    .returning({ id: studySessions.id });
  return rows.length > 0;
}

/** The active cadres of the units at or below `orgPath` among `ids` (all of them without `ids`). */
export async function activeCadresBelow(db: DbOrTx, orgPath: string, ids?: string[]) {
  return db
    .select({ id: cadres.id, name: cadres.name })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(
      and(
        like(orgs.path, `${orgPath}%`),
        eq(cadres.active, true),
        ids
          ? inArray(cadres.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000'])
          : undefined,
      ),
    );
}

export async function campaignExists(db: DbOrTx, id: string): Promise<boolean> {
  const row = await firstRow(
    db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, id)),
  );
  return Boolean(row);
}

export type AttendanceInsert = typeof sessionAttendance.$inferInsert;

export async function insertRoster(db: DbOrTx, sessionId: string, cadreIds: string[]) {
  if (cadreIds.length === 0) return;
  await db
    .insert(sessionAttendance)
    .values(cadreIds.map((cadreId) => ({ sessionId, cadreId })))
    .onConflictDoNothing();
}

export async function removeFromRoster(db: DbOrTx, sessionId: string, keep: string[]) {
  await db
    .delete(sessionAttendance)
    .where(
      and(
        eq(sessionAttendance.sessionId, sessionId),
        keep.length ? notInArray(sessionAttendance.cadreId, keep) : undefined,
      ),
    );
}

export async function rosterOf(db: DbOrTx, sessionId: string) {
  return db
    .select({
      cadreId: sessionAttendance.cadreId,
      cadreName: cadres.name,
      orgName: orgs.name,
      post: cadres.post,
      status: sessionAttendance.status,
      reason: sessionAttendance.reason,
      method: sessionAttendance.method,
      checkedInAt: sessionAttendance.checkedInAt,
      updatedAt: sessionAttendance.updatedAt,
    })
    .from(sessionAttendance)
    .innerJoin(cadres, eq(cadres.id, sessionAttendance.cadreId))
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(eq(sessionAttendance.sessionId, sessionId))
    .orderBy(desc(cadres.leading), asc(orgs.path), asc(cadres.name), asc(cadres.id));
}

export async function hasRecords(db: DbOrTx, sessionId: string): Promise<boolean> {
  const row = await firstRow(
    db
      .select({ id: sessionAttendance.cadreId })
      .from(sessionAttendance)
      .where(
        and(eq(sessionAttendance.sessionId, sessionId), ne(sessionAttendance.status, 'expected')),
      ),
  );
  return Boolean(row);
}

/** One roster row as the recorder sets it (the server's time). */
export async function setAttendance(
  db: DbOrTx,
  sessionId: string,
  row: { cadreId: string; status: TAttendanceStatus; reason: string | null; recordedBy: string },
) {
  await db
    .update(sessionAttendance)
    .set({
      status: row.status,
      reason: row.reason,
      method: row.status === 'expected' ? null : 'recorder',
      checkedInAt: null,
      recordedBy: row.recordedBy,
      updatedAt: new Date(),
    })
    .where(
      and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.cadreId, row.cadreId)),
    );
}

/**
 * A QR check-in of the cadre's own row: only while he is not yet present or late, so of two scans
 * at once one writes and the other finds the row already checked in. Returns whether it wrote.
 */
export async function checkInRow(
  db: DbOrTx,
  sessionId: string,
  cadreId: string,
  status: 'present' | 'late',
  at: Date,
  userId: string,
): Promise<boolean> {
  const rows = await db
    .update(sessionAttendance)
    .set({ status, method: 'qr', checkedInAt: at, reason: null, recordedBy: userId, updatedAt: at })
    .where(
      and(
        eq(sessionAttendance.sessionId, sessionId),
        eq(sessionAttendance.cadreId, cadreId),
        inArray(sessionAttendance.status, ['expected', 'absent', 'leave']),
      ),
    )
    .returning({ cadreId: sessionAttendance.cadreId });
  return rows.length > 0;
}

export async function attendanceOf(db: DbOrTx, sessionId: string, cadreId: string) {
  return firstRow(
    db
      .select({
        status: sessionAttendance.status,
        checkedInAt: sessionAttendance.checkedInAt,
      })
      .from(sessionAttendance)
      .where(
        and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.cadreId, cadreId)),
      ),
  );
}
