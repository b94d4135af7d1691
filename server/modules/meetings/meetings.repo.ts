import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { TMeetingKind } from '../../../common/meetings.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  cadres,
  campaigns,
  meetingAttendance,
  meetingReviewedItems,
  meetings,
  orgs,
  rectifications,
} from '../../db/schema/index.ts';
import { countWhere } from '../../platform/count.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';

export type MeetingFilter = {
  q?: string;
  orgPath?: string;
  kind?: TMeetingKind;
  year?: number;
  campaignId?: string;
};

const counted = (status?: 'present' | 'absent') =>
  sql<number>`(select count(*) from ${meetingAttendance} a where a.meeting_id = ${meetings.id}${
    status ? sql` and a.status = ${status}` : sql``
  })`.mapWith(Number);

const columns = {
  id: meetings.id,
  orgId: meetings.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  campaignId: meetings.campaignId,
  campaignName: campaigns.name,
  kind: meetings.kind,
  heldOn: meetings.heldOn,
  topic: meetings.topic,
  place: meetings.place,
  host: meetings.host,
  criticism: meetings.criticism,
  measures: meetings.measures,
  reportedOn: meetings.reportedOn,
  reportNote: meetings.reportNote,
  due: counted(),
  present: counted('present'),
  absent: counted('absent'),
  reviewedIds: sql<
    string[]
  >`coalesce((select array_agg(r.rectification_id::text) from ${meetingReviewedItems} r where r.meeting_id = ${meetings.id}), '{}')`,
  createdAt: meetings.createdAt,
  updatedAt: meetings.updatedAt,
};

const from = (db: DbOrTx) =>
  db
    .select(columns)
    .from(meetings)
    .innerJoin(orgs, eq(orgs.id, meetings.orgId))
    .leftJoin(campaigns, eq(campaigns.id, meetings.campaignId));

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(scope: Scope, f: MeetingFilter) {
  const q = f.q ? `%${escapeLike(f.q)}%` : undefined;
  return and(
    scopeAndUnit(scope, f.orgPath, orgs.path),
    f.kind ? eq(meetings.kind, f.kind) : undefined,
    f.year
      ? and(
          sql`${meetings.heldOn} >= ${`${f.year}-01-01`}`,
          sql`${meetings.heldOn} <= ${`${f.year}-12-31`}`,
        )
      : undefined,
    f.campaignId ? eq(meetings.campaignId, f.campaignId) : undefined,
    q ? or(ilike(meetings.topic, q), ilike(orgs.name, q), ilike(meetings.host, q)) : undefined,
  );
}

export function listMeetings(db: DbOrTx, scope: Scope, f: MeetingFilter, page: Page) {
  const where = whereOf(scope, f);
  return listPage(
    from(db).where(where).orderBy(desc(meetings.heldOn), asc(orgs.path), asc(meetings.id)),
    page,
    countWhere(db, meetings, [{ table: orgs, on: eq(orgs.id, meetings.orgId) }], where),
  );
}

export function findMeeting(db: DbOrTx, scope: Scope, id: string) {
  return firstRow(from(db).where(and(eq(meetings.id, id), scopeWhere(scope, orgs.path))));
}

const rows = rowsById(meetings);
export const insertMeeting = rows.insert;
export const updateMeeting = rows.set;
export const deleteMeeting = rows.remove;

export async function lockMeeting(db: DbOrTx, id: string) {
  await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id)).for('update');
}

export function listAttendance(db: DbOrTx, meetingId: string) {
  return db
    .select({
      cadreId: meetingAttendance.cadreId,
      cadreName: cadres.name,
      orgName: orgs.name,
      status: meetingAttendance.status,
      reason: meetingAttendance.reason,
    })
    .from(meetingAttendance)
    .innerJoin(cadres, eq(cadres.id, meetingAttendance.cadreId))
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(eq(meetingAttendance.meetingId, meetingId))
    .orderBy(asc(orgs.path), desc(cadres.leading), asc(cadres.name));
}

export async function setAttendance(
  db: DbOrTx,
  meetingId: string,
  items: { cadreId: string; status: 'present' | 'absent'; reason: string }[],
) {
  await db.delete(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
  if (items.length) {
    await db.insert(meetingAttendance).values(
      items.map((i) => ({
        meetingId,
        cadreId: i.cadreId,
        status: i.status,
        reason: i.status === 'absent' ? i.reason : '',
      })),
    );
  }
}

export function listReviewed(db: DbOrTx, meetingId: string) {
  return db
    .select({
      rectificationId: meetingReviewedItems.rectificationId,
      cadreName: cadres.name,
      problem: rectifications.problem,
      state: rectifications.state,
      note: meetingReviewedItems.note,
    })
    .from(meetingReviewedItems)
    .innerJoin(rectifications, eq(rectifications.id, meetingReviewedItems.rectificationId))
    .innerJoin(cadres, eq(cadres.id, rectifications.cadreId))
    .where(eq(meetingReviewedItems.meetingId, meetingId))
    .orderBy(asc(rectifications.deadline), asc(rectifications.id));
}

export async function setReviewed(
  db: DbOrTx,
  meetingId: string,
  items: { rectificationId: string; note: string }[],
) {
  await db.delete(meetingReviewedItems).where(eq(meetingReviewedItems.meetingId, meetingId));
  if (items.length) {
    await db.insert(meetingReviewedItems).values(items.map((i) => ({ meetingId, ...i })));
  }
}

/** Of these cadres, the ones of the unit's subtree. */
export async function cadresUnder(db: DbOrTx, orgPath: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: cadres.id })
    .from(cadres)
    .innerJoin(orgs, eq(orgs.id, cadres.orgId))
    .where(and(inArray(cadres.id, ids), scopeWhere({ kind: 'subtree', path: orgPath }, orgs.path)));
}

export async function campaignExists(db: DbOrTx, id: string): Promise<boolean> {
  return Boolean(
    await firstRow(db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, id))),
  );
}
