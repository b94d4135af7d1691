import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { cadres, campaigns, orgs, serviceRecords } from '../../db/schema/index.ts';
import { firstRow, listPage, type Page, rowsById } from '../../platform/rows.repo.ts';
import { type Scope, scopeAndUnit, scopeWhere } from '../../platform/scope.repo.ts';
import { textSearch } from '../../platform/search.repo.ts';

const s = serviceRecords;
/** a unit of the summary, named so for the subqueries below */
const o = alias(orgs, 'o');

export type ServiceRecordFilter = {
  q?: string;
  orgPath?: string;
  kind?: 'frontline' | 'volunteer';
  cadreId?: string;
  campaignId?: string;
  /** records overlapping [from, to] (a posting without an end runs until today) */
  from?: string;
  to?: string;
};

const columns = {
  id: s.id,
  cadreId: s.cadreId,
  cadreName: cadres.name,
  orgId: s.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  campaignId: s.campaignId,
  campaignName: campaigns.name,
  kind: s.kind,
  startsOn: s.startsOn,
  endsOn: s.endsOn,
  place: s.place,
  task: s.task,
  result: s.result,
  hours: s.hours,
  createdBy: s.createdBy,
  createdAt: s.createdAt,
};

const from = (db: DbOrTx) =>
  db
    .select(columns)
    .from(s)
    .innerJoin(cadres, eq(cadres.id, s.cadreId))
    .innerJoin(orgs, eq(orgs.id, s.orgId))
    .leftJoin(campaigns, eq(campaigns.id, s.campaignId));

/** a record's last day: its end, a posting still going on has none, a day of service its day */
const lastDay = sql`coalesce(${s.endsOn}, case when ${s.kind} = 'frontline' then '9999-12-31'::date else ${s.startsOn} end)`;

function whereOf(scope: Scope, f: ServiceRecordFilter) {
  return and(
    scopeAndUnit(scope, f.orgPath, orgs.path),
    f.kind ? eq(s.kind, f.kind) : undefined,
    f.cadreId ? eq(s.cadreId, f.cadreId) : undefined,
    f.campaignId ? eq(s.campaignId, f.campaignId) : undefined,
    f.to ? lte(s.startsOn, f.to) : undefined,
    f.from ? gte(lastDay, f.from) : undefined,
    textSearch(f.q, cadres.name, s.place, s.task),
  );
}

export function listServiceRecords(db: DbOrTx, scope: Scope, f: ServiceRecordFilter, page: Page) {
  const where = whereOf(scope, f);
  return listPage(
    from(db).where(where).orderBy(desc(s.startsOn), desc(s.createdAt)),
    page,
    db
      .select({ n: count() })
      .from(s)
      .innerJoin(cadres, eq(cadres.id, s.cadreId))
      .innerJoin(orgs, eq(orgs.id, s.orgId))
      .where(where),
  );
}

export function findServiceRecord(db: DbOrTx, scope: Scope, id: string) {
  return firstRow(from(db).where(and(eq(s.id, id), scopeWhere(scope, orgs.path))));
}

const rows = rowsById(serviceRecords);
export const insertServiceRecord = rows.insert;
export const updateServiceRecord = rows.set;
export const deleteServiceRecord = rows.remove;

/** The cadre in scope with his unit (its path for scope checks). */
export function findCadreInScope(db: DbOrTx, scope: Scope, cadreId: string) {
  return firstRow(
    db
      .select({ id: cadres.id, name: cadres.name, orgId: cadres.orgId, active: cadres.active })
      .from(cadres)
      .innerJoin(orgs, eq(orgs.id, cadres.orgId))
      .where(and(eq(cadres.id, cadreId), scopeWhere(scope, orgs.path))),
  );
}

/** The units a summary has one row for: the units right below these (or these, without any). */
export async function summaryUnits(db: DbOrTx, parents: { id: string }[]) {
  const ids = parents.map((p) => p.id);
  if (ids.length === 0) return [];
  const children = await db
    .select({ id: orgs.id, name: orgs.name, path: orgs.path })
    .from(orgs)
    .where(inArray(orgs.parentId, ids))
    .orderBy(asc(orgs.path));
  if (children.length) return children;
  return db
    .select({ id: orgs.id, name: orgs.name, path: orgs.path })
    .from(orgs)
    .where(inArray(orgs.id, ids));
}

/** The top units (no parent): a bureau-wide user's summary starts below them. */
export function rootUnits(db: DbOrTx) {
  return db
    .select({ id: orgs.id, name: orgs.name, path: orgs.path })
    .from(orgs)
    .where(isNull(orgs.parentId));
}

/**
 * Per unit (with the units below it): active cadres, volunteer hours and how many cadres gave
 * them, front-line postings — of one campaign's records (all records without one).
 */
export async function unitTotals(
  db: DbOrTx,
  units: { id: string; path: string }[],
  campaignId: string | null,
  /** only the unit's own cadres and records (本级), not its sub-units' */
  own = false,
) {
  if (units.length === 0) return [];
  const inCampaign = campaignId ? sql`and r.campaign_id = ${campaignId}` : sql``;
  const under = (table: string) =>
    sql.raw(own ? `${table}.id = o.id` : `${table}.path like o.path || '%'`);
  const result = await db
    .select({
      orgId: o.id,
      cadres:
        sql<number>`(select count(*) from cadres c join orgs co on co.id = c.org_id where c.active and ${under('co')})`.mapWith(
          Number,
        ),
      hours:
        sql<number>`(select coalesce(sum(r.hours), 0) from service_records r join orgs ro on ro.id = r.org_id where r.kind = 'volunteer' and ${under('ro')} ${inCampaign})`.mapWith(
          Number,
        ),
      volunteers:
        sql<number>`(select count(distinct r.cadre_id) from service_records r join orgs ro on ro.id = r.org_id where r.kind = 'volunteer' and ${under('ro')} ${inCampaign})`.mapWith(
          Number,
        ),
      frontline:
        sql<number>`(select count(*) from service_records r join orgs ro on ro.id = r.org_id where r.kind = 'frontline' and ${under('ro')} ${inCampaign})`.mapWith(
          Number,
        ),
    })
    .from(o)
    .where(
      inArray(
        o.id,
        units.map((u) => u.id),
      ),
    );
  return result;
}

/**
 * The campaign a summary shows without one asked for: the one running now when it has records,
 * else the latest campaign that has any (the 2014 campaign's records stay in view after it).
 */
export async function campaignsWithRecords(db: DbOrTx) {
  return db
    .selectDistinct({ id: campaigns.id, name: campaigns.name, startDate: campaigns.startDate })
    .from(campaigns)
    .innerJoin(s, eq(s.campaignId, campaigns.id))
    .orderBy(desc(campaigns.startDate));
}
