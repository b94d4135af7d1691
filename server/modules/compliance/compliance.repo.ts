import { and, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { MAX_VISIT_DAYS } from '../../../common/visits.ts';
import type { DbOrTx } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import type { Scope } from '../../platform/access.ts';

export type ComplianceRow = {
  cadreId: string;
  cadreName: string;
  orgId: string;
  orgName: string;
  leading: boolean;
  rank: 'county' | 'section' | 'other';
  daysLogged: number;
  daysRequired: number;
  pairedHouseholds: number;
  minHouseholds: number;
  maxHouseholds: number;
  poorHouseholdsHelped: number;
  minPoorHelped: number;
  daysMet: boolean;
  householdsMet: boolean;
  poorMet: boolean;
  met: boolean;
};

export type ComplianceQuery = {
  campaignId: string;
  campaignStart: string;
  /** first and last day of the month */
  first: string;
  last: string;
  scope: Scope;
  /** a unit and the units below it */
  orgPath?: string;
  cadreId?: string;
  met?: boolean;
  rank?: 'county' | 'section' | 'other';
  leadingOnly?: boolean;
  q?: string;
};

async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/**
 * Monthly compliance of every active cadre in scope, computed in one SQL statement:
 * - rank: the rank in force on the month's last day (cadre_rank_history, else the current rank);
 * - rule: the quota-rule version of that rank in force for the month (latest effective_from ≤ first day);
 *   cadres whose rank has no rule (一般 in 2014) are not listed;
 * - days: distinct calendar days covered by the cadre's stays within the month (two logs on one day count once);
 * - paired: pairings in force on the month's last day (a pairing ended mid-month no longer counts);
 * - poor helped: distinct poor households the cadre recorded assistance for since the campaign began.
 */
function complianceSql(q: ComplianceQuery): SQL {
  const scopePath = q.scope.kind === 'all' ? '/' : q.scope.path;
  return sql`
    with m as (select ${q.first}::date as first, ${q.last}::date as last, ${q.campaignStart}::date as cstart),
    c as (
      select k.id, k.name, k.org_id, o.name as org_name, k.leading,
        coalesce(
          (select h.rank from cadre_rank_history h, m
            where h.cadre_id = k.id and h.effective_from <= m.last
            order by h.effective_from desc limit 1),
          k.rank) as rank
      from cadres k join orgs o on o.id = k.org_id
      where k.active
        and o.path like ${`${scopePath}%`}
        and o.path like ${`${q.orgPath ?? '/'}%`}
        ${q.cadreId ? sql`and k.id = ${q.cadreId}` : sql``}
        ${q.leadingOnly ? sql`and k.leading` : sql``}
        ${q.q ? sql`and k.name ilike ${`%${q.q}%`}` : sql``}
    ),
    r as (
      select distinct on (qr.rank) qr.rank, qr.min_days_per_month, qr.min_households,
        qr.max_households, qr.min_poor_helped
      from quota_rules qr, m
      where qr.campaign_id = ${q.campaignId} and qr.effective_from <= m.first
      order by qr.rank, qr.effective_from desc
    ),
    -- materialized: each per-cadre sub-query runs once, not again for every place "met" is used
    s as materialized (
      select c.id, c.name, c.org_id, c.org_name, c.leading, c.rank,
        r.min_days_per_month, r.min_households, r.max_households, r.min_poor_helped,
        (select count(distinct d::date)::int
           from visits v, m,
             generate_series(greatest(v.start_date, m.first), least(v.end_date, m.last), interval '1 day') d
           where v.cadre_id = c.id and v.start_date <= m.last and v.end_date >= m.first
             -- a stay is at most MAX_VISIT_DAYS long: this bound lets the (cadre_id, start_date) index range-scan
             and v.start_date > m.first - ${MAX_VISIT_DAYS}::int) as days,
        (select count(*)::int from pairings p, m
           where p.cadre_id = c.id and p.start_date <= m.last
             and (p.end_date is null or p.end_date >= m.last)) as paired,
        (select count(distinct a.household_id)::int
           from assistance a join households hh on hh.id = a.household_id, m
           where a.cadre_id = c.id and 'poor' = any(hh.categories)
             and a.date >= m.cstart and a.date <= m.last) as poor
      from c join r on r.rank = c.rank
    ),
    t as (
      select s.*,
        s.days >= s.min_days_per_month as days_met,
        s.paired between s.min_households and s.max_households as households_met,
        s.poor >= s.min_poor_helped as poor_met
      from s
    )
    select t.id as "cadreId", t.name as "cadreName", t.org_id as "orgId", t.org_name as "orgName",
      t.leading, t.rank, t.days as "daysLogged", t.min_days_per_month as "daysRequired",
      t.paired as "pairedHouseholds", t.min_households as "minHouseholds",
      t.max_households as "maxHouseholds", t.poor as "poorHouseholdsHelped",
      t.min_poor_helped as "minPoorHelped", t.days_met as "daysMet",
      t.households_met as "householdsMet", t.poor_met as "poorMet",
      (t.days_met and t.households_met and t.poor_met) as met,
      count(*) over ()::int as "total"
    from t
    ${q.met === undefined ? sql`` : sql`where (t.days_met and t.households_met and t.poor_met) = ${q.met}`}
  `;
}

/** Leading cadres first (带头示范), those behind before those who met it, then by name. */
export async function listCompliance(
  db: DbOrTx,
  q: ComplianceQuery,
  page: { limit: number; offset: number },
) {
  const rows = await rowsOf<ComplianceRow & { total: number }>(
    db,
    sql`${complianceSql(q)} order by t.leading desc, (t.days_met and t.households_met and t.poor_met) asc, t.name, t.id
        limit ${page.limit} offset ${page.offset}`,
  );
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

export type UnitRollupRow = { orgId: string; orgName: string; cadres: number; met: number };

/** The share of cadres meeting the quota, per unit the cadres belong to. */
export async function unitRollup(db: DbOrTx, q: ComplianceQuery) {
  return rowsOf<UnitRollupRow>(
    db,
    sql`select x."orgId", x."orgName", count(*)::int as cadres, count(*) filter (where x.met)::int as met
        from (${complianceSql(q)}) x group by x."orgId", x."orgName" order by x."orgName"`,
  );
}

/** Days the cadre was at a contact point between two dates, for the calendar heat map. */
export async function visitDays(db: DbOrTx, cadreId: string, from: string, to: string) {
  return rowsOf<{ date: string; logs: number }>(
    db,
    sql`select to_char(d::date, 'YYYY-MM-DD') as date, count(*)::int as logs
        from visits v,
          generate_series(greatest(v.start_date, ${from}::date), least(v.end_date, ${to}::date), interval '1 day') d
        where v.cadre_id = ${cadreId} and v.start_date <= ${to}::date and v.end_date >= ${from}::date
        group by d::date order by d::date`,
  );
}

/** The enabled accounts of these cadres (a cadre account is linked to its cadre). */
export async function accountsOfCadres(db: DbOrTx, cadreIds: string[]) {
  if (cadreIds.length === 0) return [];
  return db
    .select({ userId: users.id, cadreId: users.cadreId })
    .from(users)
    .where(and(inArray(users.cadreId, cadreIds), isNull(users.disabledAt)));
}
