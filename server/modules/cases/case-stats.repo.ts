import { type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../../common/dates.ts';
import type { DbOrTx } from '../../db/client.ts';
import { cases, orgs } from '../../db/schema/index.ts';
import { type Scope, scopeAndUnit } from '../../platform/scope.repo.ts';

/** What the dashboard's case figures are counted over. */
export type CaseStatsQuery = {
  /** submitted on or after / on or before (China days), as the case list's `from`/`to` */
  from: string;
  to: string;
  /** the unit asked for and those below it */
  orgPath?: string;
  /** today in China: overdue is "open and past due today", as the list's `overdue=true` */
  today: string;
  /** rows of `byUnit` are the units right below this path ('/' for the top-level units) */
  parentPath: string;
  /** the received-per-period columns: 7 / 28 days to `to`, since 1 January */
  weekFrom: string;
  fourWeeksFrom: string;
  yearFrom: string;
};

type Keyed = { key: string | null; name: string | null; n: number };

export type CaseStatsRow = {
  received: number;
  receivedWeek: number;
  received4Weeks: number;
  receivedYear: number;
  byStatus: Record<string, number>;
  byChannel: Record<string, number>;
  byCategory: Keyed[] | null;
  byUnit: Keyed[] | null;
  overdue: number;
  overdueByUnit: Keyed[] | null;
  acceptDue: number;
  acceptOnTime: number;
  completionDue: number;
  completionOnTime: number;
  avgDaysToFirstAction: number | null;
  avgDaysToAnswer: number | null;
  answered: number;
  reopened: number;
  satisfied: number;
  basically: number;
  dissatisfied: number;
  watch:
    | {
        id: string;
        trackingCode: string;
        orgName: string | null;
        reopened: number;
        units: number;
      }[]
    | null;
};

const china = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** The unit right below `parent` a case's unit path falls in ('' = the parent itself, null = none). */
const childOf = (parent: string) =>
  sql`case when org_path is null then null else split_part(substr(org_path, ${parent.length + 1}::int), '/', 1) end`;

function byUnitSql(from: SQL, parent: string): SQL {
  return sql`(select json_agg(json_build_object('key', u.k, 'name', o.name, 'n', u.n) order by u.n desc, o.name)
    from (select ${childOf(parent)} as k, count(*)::int as n from ${from} group by 1) u
    left join orgs o on o.id::text = u.k)`;
}

/**
 * Every case figure of the dashboard in ONE statement (docs/performance.md, "Dashboard"): the cases
 * submitted in the period and in scope are read once (materialized), their first staff step and
 * the units they went through from case_events once, and working days from one calendar of the
 * period (holidays and 调休 as `working_day_after` counts them): the days between two dates are
 * the difference of their running working-day numbers.
 */
export async function caseStats(db: DbOrTx, scope: Scope, q: CaseStatsQuery) {
  const lo = [q.from, q.yearFrom, q.fourWeeksFrom].sort()[0] as string;
  const inScope = scopeAndUnit(scope, q.orgPath, orgs.path);
  const overdue = sql`((status in ('assigned', 'in_progress') and due_date < ${q.today}::date)
    or (status = 'received' and accept_due_on < ${q.today}::date))`;
  const calEnd = [q.today, q.to].sort()[1] as string;
  const res = (await db.execute(sql`
    with c as materialized (
      select ${cases.id} as id, ${cases.trackingCode} as tracking_code, ${cases.status} as status,
        ${cases.channel} as channel, ${cases.categoryId} as category_id, ${cases.rating} as rating,
        ${cases.dissatisfiedCount} as dissatisfied_count, ${cases.acceptDueOn} as accept_due_on,
        ${cases.dueDate} as due_date, ${cases.answeredAt} as answered_at,
        ${orgs.path} as org_path, ${orgs.name} as org_name,
        (${cases.createdAt} at time zone 'Asia/Shanghai')::date as day,
        ${cases.createdAt} >= ${china(q.from)} as p
      from ${cases} left join ${orgs} on ${orgs.id} = ${cases.assignedOrgId}
      where ${cases.createdAt} >= ${china(lo)} and ${cases.createdAt} < ${china(addDays(q.to, 1))}
        ${inScope ? sql`and ${inScope}` : sql``}
    ),
    p as materialized (select * from c where p),
    ev as (
      select e.case_id,
        min(e.at) filter (where e.actor_id is not null and e.action not in ('submit', 'note')) as first_at,
        count(*) filter (where e.action in ('assign', 'transfer'))::int as units
      from case_events e where e.case_id in (select id from p) group by e.case_id
    ),
    cal as (
      select d::date as day,
        (count(*) filter (where coalesce(h.workday, extract(isodow from d) < 6)) over (order by d))::int as n
      from generate_series(${q.from}::timestamp, ${calEnd}::timestamp, interval '1 day') d
        left join holidays h on h.date = d::date
    ),
    x as materialized (
      select p.*, coalesce(ev.units, 0) as units, ev.first_at is not null as acted,
        (ev.first_at at time zone 'Asia/Shanghai')::date as first_day,
        (p.answered_at at time zone 'Asia/Shanghai')::date as answer_day,
        ${overdue} as overdue
      from p left join ev on ev.case_id = p.id
    )
    select
      (select count(*) from p)::int as received,
      (select count(*) from c where day >= ${q.weekFrom}::date)::int as "receivedWeek",
      (select count(*) from c where day >= ${q.fourWeeksFrom}::date)::int as "received4Weeks",
      (select count(*) from c where day >= ${q.yearFrom}::date)::int as "receivedYear",
      (select coalesce(json_object_agg(s.status, s.n), '{}'::json)
         from (select status, count(*)::int as n from p group by status) s) as "byStatus",
      (select coalesce(json_object_agg(s.channel, s.n), '{}'::json)
         from (select channel, count(*)::int as n from p group by channel) s) as "byChannel",
      (select json_agg(json_build_object('key', s.category_id, 'name', k.name, 'n', s.n) order by s.n desc, k.name)
         from (select category_id, count(*)::int as n from p group by category_id) s
         join case_categories k on k.id = s.category_id) as "byCategory",
      ${byUnitSql(sql`p`, q.parentPath)} as "byUnit",
      (select count(*) from x where overdue)::int as overdue,
      ${byUnitSql(sql`x where overdue`, q.parentPath)} as "overdueByUnit",
      t.*,
      (select json_agg(w) from (
         select x.id, x.tracking_code as "trackingCode", x.org_name as "orgName",
           x.dissatisfied_count as reopened, x.units
         from x where x.dissatisfied_count >= 3 or x.units >= 3
         order by greatest(x.dissatisfied_count, x.units) desc, x.day desc limit 20) w) as watch
    from (
      select
        count(*) filter (where acted or accept_due_on < ${q.today}::date)::int as "acceptDue",
        count(*) filter (where acted and (accept_due_on is null or first_day <= accept_due_on))::int
          as "acceptOnTime",
        count(*) filter (where answered_at is not null
          or (status in ('assigned', 'in_progress') and due_date < ${q.today}::date))::int as "completionDue",
        count(*) filter (where answered_at is not null and (due_date is null or answer_day <= due_date))::int
          as "completionOnTime",
        (select avg(f.n - r.n)::float from x join cal r on r.day = x.day join cal f on f.day = x.first_day)
          as "avgDaysToFirstAction",
        (select avg(a.n - r.n)::float from x join cal r on r.day = x.day join cal a on a.day = x.answer_day)
          as "avgDaysToAnswer",
        count(*) filter (where answered_at is not null)::int as answered,
        count(*) filter (where answered_at is not null and dissatisfied_count > 0)::int as reopened,
        count(*) filter (where rating = 'satisfied')::int as satisfied,
        count(*) filter (where rating = 'basically')::int as basically,
        count(*) filter (where rating = 'dissatisfied')::int as dissatisfied
      from x
    ) t
  `)) as unknown as { rows: CaseStatsRow[] };
  return res.rows[0] as CaseStatsRow;
}
