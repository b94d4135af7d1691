import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { householdIsPoor } from '../../db/schema/index.ts';
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
 * - days: distinct calendar days covered by the cadre's stays within the month (two logs on one day
 *   count once), read from cadre_month_days, which triggers on visits keep exact (migration 0008);
 * - paired: pairings in force on the month's last day (a pairing ended mid-month no longer counts);
 * - poor helped: distinct poor households (a category with counts_as_poor) the cadre recorded
 *   assistance for since the campaign began.
 *
 * Shape (see docs/performance.md, "Optimisations"): every per-cadre figure is one set-based pass
 * (hash-joined), not a sub-query run once per cadre.
 */
function complianceSql(q: ComplianceQuery): SQL {
  const paths = [q.scope.kind === 'all' ? null : q.scope.path, q.orgPath ?? null].filter(
    (p): p is string => p !== null,
  );
  // in a part of the bureau, the pairings and assistance of the cadres in it only; for the whole
  // bureau one pass over each table without the semi-join is cheaper
  const narrowed = paths.length > 0 || q.cadreId || q.leadingOnly || q.q;
  const ofCadresInScope = (column: SQL) =>
    narrowed ? sql`and ${column} in (select id from c)` : sql``;
  return sql`
    with m as (select ${q.first}::date as first, ${q.last}::date as last, ${q.campaignStart}::date as cstart),
    h as (
      select distinct on (h.cadre_id) h.cadre_id, h.rank
      from cadre_rank_history h, m
      where h.effective_from <= m.last
      order by h.cadre_id, h.effective_from desc
    ),
    c as materialized (
      select k.id, k.name, k.org_id, o.name as org_name, k.leading, coalesce(h.rank, k.rank) as rank
      from cadres k join orgs o on o.id = k.org_id left join h on h.cadre_id = k.id
      where k.active
        ${sql.join(
          paths.map((p) => sql`and o.path like ${`${p}%`}`),
          sql` `,
        )}
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
    -- the three figures of every cadre in scope, each one pass over its table; materialized and
    -- joined to the rules only afterwards, so a wrong row estimate of the rank join cannot turn
    -- these joins into nested loops
    f as materialized (
      select c.*, coalesce(d.days, 0) as days, coalesce(p.n, 0) as paired, coalesce(a.n, 0) as poor
      from c
        left join cadre_month_days d
          on d.month = date_trunc('month', ${q.first}::date::timestamp)::date and d.cadre_id = c.id
        left join (
          select p.cadre_id, count(*)::int as n
          from pairings p, m
          where p.start_date <= m.last and (p.end_date is null or p.end_date >= m.last)
            ${ofCadresInScope(sql`p.cadre_id`)}
          group by p.cadre_id
        ) p on p.cadre_id = c.id
        left join (
          select a.cadre_id, count(distinct a.household_id)::int as n
          from assistance a join households hh on hh.id = a.household_id, m
          where ${householdIsPoor(sql`hh.categories`)} and a.date >= m.cstart and a.date <= m.last
            ${ofCadresInScope(sql`a.cadre_id`)}
          group by a.cadre_id
        ) a on a.cadre_id = c.id
    ),
    s as (
      select f.*, r.min_days_per_month, r.min_households, r.max_households, r.min_poor_helped
      from f join r on r.rank = f.rank
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
    where true
      ${q.met === undefined ? sql`` : sql`and (t.days_met and t.households_met and t.poor_met) = ${q.met}`}
      ${q.rank === undefined ? sql`` : sql`and t.rank = ${q.rank}`}
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
