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

export type ComplianceFigures = { cadres: number; met: number };
export type ComplianceSummaryRow = ComplianceFigures & {
  leading: ComplianceFigures;
  byRank: (ComplianceFigures & { rank: 'county' | 'section' | 'other' })[] | null;
  /** per unit right below `parentPath` ('' = cadres of the parent unit itself) */
  byUnit: (ComplianceFigures & { key: string; name: string | null })[] | null;
};

/**
 * The month's figures for the dashboard in one statement: the same rows as the list (so each
 * count equals the list's total with met/rank/leadingOnly), counted overall, for the leading
 * cadres, per rank and per unit right below `parentPath`.
 */
export async function complianceSummary(db: DbOrTx, q: ComplianceQuery, parentPath: string) {
  const [row] = await rowsOf<ComplianceSummaryRow>(
    db,
    sql`with x as materialized (
          select x.met, x.leading as lead, x.rank,
            split_part(substr(o.path, ${parentPath.length + 1}::int), '/', 1) as unit
          from (${complianceSql(q)}) x join orgs o on o.id = x."orgId"
        )
        select count(*)::int as cadres, count(*) filter (where met)::int as met,
          json_build_object('cadres', count(*) filter (where lead),
            'met', count(*) filter (where lead and met)) as leading,
          (select json_agg(json_build_object('rank', r.rank, 'cadres', r.cadres, 'met', r.met))
             from (select rank, count(*)::int as cadres, count(*) filter (where met)::int as met
                   from x group by rank) r) as "byRank",
          (select json_agg(json_build_object('key', u.unit, 'name', o.name, 'cadres', u.cadres, 'met', u.met)
                           order by o.sort_order, o.name)
             from (select unit, count(*)::int as cadres, count(*) filter (where met)::int as met
                   from x group by unit) u left join orgs o on o.id::text = u.unit) as "byUnit"
        from x`,
  );
  return row as ComplianceSummaryRow;
}

export type TrendMonth = { first: string; last: string; campaignId: string; campaignStart: string };

/**
 * The month totals (cadres listed, cadres who met the quota) of several months in ONE statement:
 * the list's own rules (`complianceSql`) with the month as a dimension — the rank in force on each
 * month's last day, the rule version of that rank in force on its first day (of that month's
 * campaign), the days from cadre_month_days, the pairings in force on its last day, the poor
 * households helped since its campaign began — so each month's counts equal the list's total for
 * that month (dashboard.test.ts checks it). Rows by the month's index `i`; a month without rows is absent.
 */
export async function complianceTotals(
  db: DbOrTx,
  months: TrendMonth[],
  scope: Scope,
  orgPath?: string,
): Promise<(ComplianceFigures & { i: number })[]> {
  if (months.length === 0) return [];
  const paths = [scope.kind === 'all' ? null : scope.path, orgPath ?? null].filter(
    (p): p is string => p !== null,
  );
  const ofCadresInScope = (column: SQL) =>
    paths.length > 0 ? sql`and ${column} in (select id from c)` : sql``;
  const values = sql.join(
    months.map(
      (m, i) =>
        sql`(${i}::int, ${m.first}::date, ${m.last}::date, ${m.campaignStart}::date, ${m.campaignId}::uuid)`,
    ),
    sql`, `,
  );
  return rowsOf(
    db,
    sql`
    with m (i, first, last, cstart, campaign_id) as materialized (values ${values}),
    c as materialized (
      select k.id, k.rank from cadres k join orgs o on o.id = k.org_id
      where k.active
        ${sql.join(
          paths.map((p) => sql`and o.path like ${`${p}%`}`),
          sql` `,
        )}
    ),
    h as (
      select distinct on (m.i, h.cadre_id) m.i, h.cadre_id, h.rank
      from cadre_rank_history h join m on h.effective_from <= m.last
      order by m.i, h.cadre_id, h.effective_from desc
    ),
    r as (
      select distinct on (m.i, qr.rank) m.i, qr.rank, qr.min_days_per_month,
        qr.min_households, qr.max_households, qr.min_poor_helped
      from quota_rules qr join m on qr.campaign_id = m.campaign_id and qr.effective_from <= m.first
      order by m.i, qr.rank, qr.effective_from desc
    ),
    p as (
      select m.i, p.cadre_id, count(*)::int as n
      from pairings p join m
        on p.start_date <= m.last and (p.end_date is null or p.end_date >= m.last)
      where true ${ofCadresInScope(sql`p.cadre_id`)}
      group by m.i, p.cadre_id
    ),
    a as (
      select m.i, a.cadre_id, count(distinct a.household_id)::int as n
      from assistance a join households hh on hh.id = a.household_id
        join m on a.date >= m.cstart and a.date <= m.last
      where ${householdIsPoor(sql`hh.categories`)} ${ofCadresInScope(sql`a.cadre_id`)}
      group by m.i, a.cadre_id
    ),
    f as materialized (
      select m.i, c.id, coalesce(h.rank, c.rank) as rank, coalesce(d.days, 0) as days,
        coalesce(p.n, 0) as paired, coalesce(a.n, 0) as poor
      from m cross join c
        left join h on h.i = m.i and h.cadre_id = c.id
        left join cadre_month_days d on d.month = m.first and d.cadre_id = c.id
        left join p on p.i = m.i and p.cadre_id = c.id
        left join a on a.i = m.i and a.cadre_id = c.id
    )
    select f.i, count(*)::int as cadres,
      count(*) filter (where f.days >= r.min_days_per_month
        and f.paired between r.min_households and r.max_households
        and f.poor >= r.min_poor_helped)::int as met
    from f join r on r.i = f.i and r.rank = f.rank
    group by f.i`,
  );
}
