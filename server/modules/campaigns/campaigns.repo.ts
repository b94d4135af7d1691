import { and, asc, count, desc, eq, max, type SQL, sql } from 'drizzle-orm';
import type { TCampaignState } from '../../../common/campaigns.ts';
import { todayInChina } from '../../../common/dates.ts';
import type { DbOrTx } from '../../db/client.ts';
import { campaignActivities, campaignPhases, campaigns } from '../../db/schema/index.ts';
import { countOf } from '../../platform/count.repo.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

export type CampaignRow = typeof campaigns.$inferSelect;
export type PhaseRow = typeof campaignPhases.$inferSelect;
export type ActivityRow = typeof campaignActivities.$inferSelect;

// ---- campaigns ----------------------------------------------------------------------------

// Raw SQL with qualified names: drizzle leaves columns of a single-table select unqualified,
// which inside a correlated subquery would bind to the inner table.
const phaseCount = sql<number>`(select count(*)::int from campaign_phases p where p.campaign_id = "campaigns"."id")`;
const activityCount = sql<number>`(select count(*)::int from campaign_activities a where a.campaign_id = "campaigns"."id")`;

/**
 * The state users see (common/campaigns.ts campaignState, the same rule in SQL so the list can
 * filter by it): the office's status read with the dates on China's calendar day `today`.
 */
function stateSql(today: string) {
  return sql<TCampaignState>`(case
    when "campaigns"."status" = 'draft' then 'draft'
    when "campaigns"."status" = 'closed' then 'ended'
    when "campaigns"."start_date" > ${today}::date then 'not_started'
    when "campaigns"."end_date" < ${today}::date then 'ended'
    else 'ongoing' end)`;
}

const campaignColumns = (today = todayInChina()) => ({
  id: campaigns.id,
  name: campaigns.name,
  description: campaigns.description,
  startDate: campaigns.startDate,
  endDate: campaigns.endDate,
  status: campaigns.status,
  state: stateSql(today),
  reminderDaysBeforeMonthEnd: campaigns.reminderDaysBeforeMonthEnd,
  phaseCount,
  activityCount,
  createdAt: campaigns.createdAt,
  updatedAt: campaigns.updatedAt,
});

export type CampaignFilter = {
  q?: string;
  status?: CampaignRow['status'];
  state?: TCampaignState;
};

export async function listCampaigns(db: DbOrTx, f: CampaignFilter, page: Page) {
  const today = todayInChina();
  const where: SQL | undefined = and(
    textSearch(f.q, campaigns.name),
    f.status ? eq(campaigns.status, f.status) : undefined,
    f.state ? sql`${stateSql(today)} = ${f.state}` : undefined,
  );
  return listPage(
    db
      .select(campaignColumns(today))
      .from(campaigns)
      .where(where)
      .orderBy(desc(campaigns.startDate), desc(campaigns.id)),
    page,
    db.select({ n: count() }).from(campaigns).where(where),
  );
}

export async function findCampaign(db: DbOrTx, id: string) {
  const [row] = await db.select(campaignColumns()).from(campaigns).where(eq(campaigns.id, id));
  return row;
}

/** A campaign's row as stored, every column (no counts). */
export async function findCampaignRow(db: DbOrTx, id: string) {
  return firstRow(db.select().from(campaigns).where(eq(campaigns.id, id)));
}

/** What a copy carries of a campaign beyond its dates: the card pledge and the six ones' rules. */
export async function findCampaignCarry(db: DbOrTx, id: string) {
  return firstRow(
    db
      .select({ pledge: campaigns.pledge, sixOnesRules: campaigns.sixOnesRules })
      .from(campaigns)
      .where(eq(campaigns.id, id)),
  );
}

const campaignRows = rowsById(campaigns);
export const insertCampaign = campaignRows.insert;

export const updateCampaign = campaignRows.update;

/**
 * The active campaign whose dates overlap [first, last]; with several, the one that started
 * latest.
 */
export async function findActiveCampaignCovering(db: DbOrTx, first: string, last: string) {
  const [row] = await listActiveCampaignsOverlapping(db, first, last);
  return row;
}

/**
 * The active campaigns whose dates overlap [first, last], the one that started latest first: one
 * read for several months (`campaignsForMonths`), each month then taking the first that covers it.
 */
export async function listActiveCampaignsOverlapping(db: DbOrTx, first: string, last: string) {
  return db
    .select()
    .from(campaigns)
    .where(
      and(
        eq(campaigns.status, 'active'),
        sql`${campaigns.startDate} <= ${last}`,
        sql`${campaigns.endDate} >= ${first}`,
      ),
    )
    .orderBy(desc(campaigns.startDate), desc(campaigns.id));
}

/** The campaign (not a draft) that started last before `startDate`: the one a campaign follows. */
export async function findPreviousCampaign(db: DbOrTx, startDate: string) {
  return firstRow(
    db
      .select()
      .from(campaigns)
      .where(and(sql`${campaigns.status} <> 'draft'`, sql`${campaigns.startDate} < ${startDate}`))
      .orderBy(desc(campaigns.startDate), desc(campaigns.id)),
  );
}

// ---- phases -------------------------------------------------------------------------------

export function listPhases(db: DbOrTx, campaignId: string) {
  return db
    .select()
    .from(campaignPhases)
    .where(eq(campaignPhases.campaignId, campaignId))
    .orderBy(asc(campaignPhases.sortOrder), asc(campaignPhases.startDate), asc(campaignPhases.id));
}

export async function findPhase(db: DbOrTx, campaignId: string, id: string) {
  const [row] = await db
    .select()
    .from(campaignPhases)
    .where(and(eq(campaignPhases.id, id), eq(campaignPhases.campaignId, campaignId)));
  return row;
}

export async function insertPhases(db: DbOrTx, rows: (typeof campaignPhases.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(campaignPhases).values(rows).returning();
}

const phaseRows = rowsById(campaignPhases);
export const updatePhase = phaseRows.update;

export const deletePhase = phaseRows.remove;

export async function countActivitiesOfPhase(db: DbOrTx, phaseId: string) {
  return countOf(db, campaignActivities, [], eq(campaignActivities.phaseId, phaseId));
}

// ---- activities ---------------------------------------------------------------------------

const assignmentCount = sql<number>`(select count(*)::int from activity_assignments x where x.activity_id = "campaign_activities"."id")`;

const activityColumns = {
  id: campaignActivities.id,
  campaignId: campaignActivities.campaignId,
  phaseId: campaignActivities.phaseId,
  phaseName: campaignPhases.name,
  number: campaignActivities.number,
  title: campaignActivities.title,
  description: campaignActivities.description,
  module: campaignActivities.module,
  assignmentCount,
};

export function listActivities(db: DbOrTx, campaignId: string) {
  return db
    .select(activityColumns)
    .from(campaignActivities)
    .leftJoin(campaignPhases, eq(campaignPhases.id, campaignActivities.phaseId))
    .where(eq(campaignActivities.campaignId, campaignId))
    .orderBy(asc(campaignActivities.number));
}

export async function findActivity(db: DbOrTx, id: string, campaignId?: string) {
  const [row] = await db
    .select(activityColumns)
    .from(campaignActivities)
    .leftJoin(campaignPhases, eq(campaignPhases.id, campaignActivities.phaseId))
    .where(
      and(
        eq(campaignActivities.id, id),
        campaignId ? eq(campaignActivities.campaignId, campaignId) : undefined,
      ),
    );
  return row;
}

export async function findActivityByNumber(db: DbOrTx, campaignId: string, number: number) {
  const [row] = await db
    .select({ id: campaignActivities.id })
    .from(campaignActivities)
    .where(
      and(eq(campaignActivities.campaignId, campaignId), eq(campaignActivities.number, number)),
    );
  return row;
}

export async function maxActivityNumber(db: DbOrTx, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ n: max(campaignActivities.number) })
    .from(campaignActivities)
    .where(eq(campaignActivities.campaignId, campaignId));
  return row?.n ?? 0;
}

export async function insertActivities(
  db: DbOrTx,
  rows: (typeof campaignActivities.$inferInsert)[],
) {
  if (rows.length === 0) return [];
  return db.insert(campaignActivities).values(rows).returning({ id: campaignActivities.id });
}

const activityRows = rowsById(campaignActivities);
export const updateActivity = activityRows.update;

export const deleteActivity = activityRows.remove;

/** Rows that would fall outside new campaign dates: phases not inside [start, end]. */
export function phasesOutside(db: DbOrTx, campaignId: string, start: string, end: string) {
  return db
    .select({ name: campaignPhases.name })
    .from(campaignPhases)
    .where(
      and(
        eq(campaignPhases.campaignId, campaignId),
        sql`(${campaignPhases.startDate} < ${start} or ${campaignPhases.endDate} > ${end})`,
      ),
    );
}
