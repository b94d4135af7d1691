import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  activityAssignments,
  assignmentReports,
  campaignActivities,
  campaignPhases,
  campaigns,
  orgs,
  users,
} from '../../db/schema/index.ts';
import { countOf, countWhere } from '../../platform/count.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

export type AssignmentFilter = {
  q?: string;
  campaignId?: string;
  activityId?: string;
  /** a unit's path: that unit and the units below it */
  orgPath?: string;
  overdue?: boolean;
  status?: 'not_started' | 'in_progress' | 'done';
};

/** Overdue (逾期): the deadline has passed (the deadline day itself is still in time) and the work is not done. */
const overdueSql = (today: string) =>
  sql<boolean>`(${activityAssignments.deadline} < ${today} and ${activityAssignments.percent} < 100)`;

const statusSql = sql<
  'not_started' | 'in_progress' | 'done'
>`case when ${activityAssignments.percent} >= 100 then 'done' when ${activityAssignments.percent} > 0 then 'in_progress' else 'not_started' end`;

const columns = (today: string) => ({
  id: activityAssignments.id,
  campaignId: campaigns.id,
  campaignName: campaigns.name,
  campaignStatus: campaigns.status,
  activityId: campaignActivities.id,
  activityNumber: campaignActivities.number,
  activityTitle: campaignActivities.title,
  activityModule: campaignActivities.module,
  orgId: orgs.id,
  orgName: orgs.name,
  orgPath: orgs.path,
  deadline: activityAssignments.deadline,
  percent: activityAssignments.percent,
  status: statusSql,
  overdue: overdueSql(today),
  lastReportAt: activityAssignments.lastReportAt,
  createdAt: activityAssignments.createdAt,
});

function whereOf(scope: Scope, f: AssignmentFilter, today: string): SQL | undefined {
  return and(
    scopeAndUnit(scope, f.orgPath, orgs.path),
    f.campaignId ? eq(campaigns.id, f.campaignId) : undefined,
    f.activityId ? eq(campaignActivities.id, f.activityId) : undefined,
    f.overdue === true ? overdueSql(today) : undefined,
    f.overdue === false ? sql`not ${overdueSql(today)}` : undefined,
    f.status === 'done' ? sql`${activityAssignments.percent} >= 100` : undefined,
    f.status === 'in_progress'
      ? sql`${activityAssignments.percent} > 0 and ${activityAssignments.percent} < 100`
      : undefined,
    f.status === 'not_started' ? eq(activityAssignments.percent, 0) : undefined,
    textSearch(f.q, campaignActivities.title, orgs.name),
  );
}

const base = (db: DbOrTx, today: string) =>
  db
    .select(columns(today))
    .from(activityAssignments)
    .innerJoin(campaignActivities, eq(campaignActivities.id, activityAssignments.activityId))
    .innerJoin(campaigns, eq(campaigns.id, campaignActivities.campaignId))
    .innerJoin(orgs, eq(orgs.id, activityAssignments.orgId));

/** What the list's WHERE looks at: the activity, its campaign and the unit. */
const countJoins = [
  { table: campaignActivities, on: eq(campaignActivities.id, activityAssignments.activityId) },
  { table: campaigns, on: eq(campaigns.id, campaignActivities.campaignId) },
  { table: orgs, on: eq(orgs.id, activityAssignments.orgId) },
];

export async function listAssignments(
  db: DbOrTx,
  scope: Scope,
  f: AssignmentFilter,
  page: Page,
  today: string,
) {
  const where = whereOf(scope, f, today);
  return listPage(
    base(db, today)
      .where(where)
      .orderBy(
        desc(campaigns.startDate),
        asc(campaignActivities.number),
        asc(orgs.sortOrder),
        asc(orgs.name),
        asc(activityAssignments.id),
      ),
    page,
    countWhere(db, activityAssignments, countJoins, where),
  );
}

export async function findAssignment(db: DbOrTx, scope: Scope, id: string, today: string) {
  return firstRow(
    base(db, today).where(and(eq(activityAssignments.id, id), scopeWhere(scope, orgs.path))),
  );
}

/** Every assignment of a campaign in scope, with the text of its latest report (for the board). */
export function boardRows(
  db: DbOrTx,
  scope: Scope,
  campaignId: string,
  orgPath: string | undefined,
  today: string,
) {
  const lastReportText = sql<
    string | null
  >`(select ${assignmentReports.text} from ${assignmentReports} where ${assignmentReports.assignmentId} = ${activityAssignments.id} order by ${assignmentReports.createdAt} desc, ${assignmentReports.id} desc limit 1)`;
  return db
    .select({ ...columns(today), orgSortOrder: orgs.sortOrder, lastReportText })
    .from(activityAssignments)
    .innerJoin(campaignActivities, eq(campaignActivities.id, activityAssignments.activityId))
    .innerJoin(campaigns, eq(campaigns.id, campaignActivities.campaignId))
    .innerJoin(orgs, eq(orgs.id, activityAssignments.orgId))
    .where(whereOf(scope, { campaignId, orgPath }, today));
}

export type ActivityProgressRow = {
  activityId: string;
  number: number;
  title: string;
  phaseId: string | null;
  phaseName: string | null;
  assigned: number;
  done: number;
  overdue: number;
};

/**
 * 活动项目进度 for the dashboard, in one statement: per activity of the campaign, its assignments
 * in scope (and in the unit asked for) — assigned, done, overdue on `today` — with its phase; the
 * same WHERE as the assignment list's, so each count is that list's total.
 */
export function activityProgress(
  db: DbOrTx,
  scope: Scope,
  campaignId: string,
  orgPath: string | undefined,
  today: string,
): Promise<ActivityProgressRow[]> {
  const n = (cond: SQL) => sql<number>`count(*) filter (where ${cond})`.mapWith(Number);
  return db
    .select({
      activityId: campaignActivities.id,
      number: campaignActivities.number,
      title: campaignActivities.title,
      phaseId: campaignPhases.id,
      phaseName: campaignPhases.name,
      assigned: count(),
      done: n(sql`${activityAssignments.percent} >= 100`),
      overdue: n(overdueSql(today)),
    })
    .from(activityAssignments)
    .innerJoin(campaignActivities, eq(campaignActivities.id, activityAssignments.activityId))
    .innerJoin(campaigns, eq(campaigns.id, campaignActivities.campaignId))
    .innerJoin(orgs, eq(orgs.id, activityAssignments.orgId))
    .leftJoin(campaignPhases, eq(campaignPhases.id, campaignActivities.phaseId))
    .where(whereOf(scope, { campaignId, orgPath }, today))
    .groupBy(campaignActivities.id, campaignPhases.id)
    .orderBy(asc(campaignPhases.startDate), asc(campaignActivities.number));
}

/** Active leading cadres (领导干部) in each unit and the units below it. */
export async function leadingCadreCounts(db: DbOrTx, orgIds: string[]) {
  if (orgIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({
      orgId: orgs.id,
      n: sql<number>`(select count(*)::int from cadres c join orgs u on u.id = c.org_id where c.leading and c.active and u.path like "orgs"."path" || '%')`,
    })
    .from(orgs)
    .where(inArray(orgs.id, orgIds));
  return new Map(rows.map((r) => [r.orgId, r.n]));
}

export async function existingAssignments(db: DbOrTx, activityId: string, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select()
    .from(activityAssignments)
    .where(
      and(
        eq(activityAssignments.activityId, activityId),
        inArray(activityAssignments.orgId, orgIds),
      ),
    );
}

export async function insertAssignments(
  db: DbOrTx,
  rows: (typeof activityAssignments.$inferInsert)[],
) {
  if (rows.length === 0) return [];
  return db.insert(activityAssignments).values(rows).returning();
}

const assignmentRows = rowsById(activityAssignments);
export const updateAssignment = assignmentRows.set;

export const deleteAssignment = assignmentRows.remove;

// ---- reports ------------------------------------------------------------------------------

export async function insertReport(db: DbOrTx, row: typeof assignmentReports.$inferInsert) {
  const [inserted] = await db.insert(assignmentReports).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function countReports(db: DbOrTx, assignmentId: string) {
  return countOf(db, assignmentReports, [], eq(assignmentReports.assignmentId, assignmentId));
}

export async function listReports(db: DbOrTx, assignmentId: string, page: Page) {
  const where = eq(assignmentReports.assignmentId, assignmentId);
  return listPage(
    db
      .select({
        id: assignmentReports.id,
        assignmentId: assignmentReports.assignmentId,
        authorId: assignmentReports.authorId,
        authorName: users.name,
        text: assignmentReports.text,
        percent: assignmentReports.percent,
        createdAt: assignmentReports.createdAt,
      })
      .from(assignmentReports)
      .innerJoin(users, eq(users.id, assignmentReports.authorId))
      .where(where)
      .orderBy(desc(assignmentReports.createdAt), desc(assignmentReports.id)),
    page,
    db.select({ n: count() }).from(assignmentReports).where(where),
  );
}

/** A report whose assignment's unit is in scope (who may download its attachments). */
export async function findReportInScope(db: DbOrTx, scope: Scope, reportId: string) {
  return firstRow(
    db
      .select({ id: assignmentReports.id })
      .from(assignmentReports)
      .innerJoin(activityAssignments, eq(activityAssignments.id, assignmentReports.assignmentId))
      .innerJoin(orgs, eq(orgs.id, activityAssignments.orgId))
      .where(and(eq(assignmentReports.id, reportId), scopeWhere(scope, orgs.path))),
  );
}

// ---- reminders ----------------------------------------------------------------------------

/** Overdue assignments of active campaigns, everywhere. */
export function listOverdueAssignments(db: DbOrTx, today: string) {
  return base(db, today)
    .where(and(eq(campaigns.status, 'active'), overdueSql(today)))
    .orderBy(asc(campaignActivities.number), asc(orgs.path));
}

/** Enabled accounts of the given roles, with their unit's path (null for bureau-wide roles). */
export function activeUsersOfRoles(db: DbOrTx, roles: ('unit_admin' | 'office')[]) {
  return db
    .select({ id: users.id, role: users.role, orgPath: orgs.path })
    .from(users)
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(inArray(users.role, roles), isNull(users.disabledAt)));
}
