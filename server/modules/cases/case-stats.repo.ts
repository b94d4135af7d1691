import { sql } from 'drizzle-orm';
import { addDays } from '../../../common/dates.ts';
import type { DbOrTx } from '../../db/client.ts';
import { withoutJit } from '../../db/jit.ts';
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

/** the overdue cases of no unit, told apart from the rows that are not overdue (null) */
const NONE = '-';

type Grouped = {
  dim: 'status' | 'channel' | 'category' | 'unit' | 'overdueUnit';
  key: string | null;
  name: string | null;
  n: number;
};

/**
 * Every case figure of the dashboard in ONE statement (docs/performance.md, "Dashboard"): the cases
 * submitted in the period and in scope are read once (narrow rows, materialized) — their first staff
 * step and the units they went through are the cases' own columns, kept on write from case_events
 * (cases.repo.ts `insertEvent`), so no event is read — and working days from one calendar
 * of the period (holidays and 调休 as `working_day_after` counts them): the days between two dates
 * are the difference of their running working-day numbers. The counts by status, channel, category
 * and unit are one grouping-sets pass.
 */
export async function caseStats(
  db: DbOrTx,
  scope: Scope,
  q: CaseStatsQuery,
): Promise<CaseStatsRow> {
  const lo = [q.from, q.yearFrom, q.fourWeeksFrom].sort()[0] as string;
  const inScope = scopeAndUnit(scope, q.orgPath, orgs.path);
  const calEnd = [q.today, q.to].sort()[1] as string;
  // PostgreSQL's JIT compiled this statement's expressions for longer than it ran (2.9 s measured
  // when it still probed the events): off for this statement (db/jit.ts)
  const res = (await withoutJit(db, (tx) =>
    tx.execute(sql`
    with c as materialized (
      select ${cases.id} as id, ${cases.status} as status, ${cases.channel} as channel,
        ${cases.categoryId} as category_id, ${cases.rating} as rating,
        ${cases.dissatisfiedCount} as dissatisfied_count, ${cases.acceptDueOn} as accept_due_on,
        ${cases.dueDate} as due_date, ${cases.answeredAt} as answered_at, ${orgs.path} as org_path,
        ${cases.firstActionAt} as first_at, ${cases.unitsHandled} as units,
        (${cases.createdAt} at time zone 'Asia/Shanghai')::date as day,
        ${cases.createdAt} >= ${china(q.from)} as p
      from ${cases} left join ${orgs} on ${orgs.id} = ${cases.assignedOrgId}
      where ${cases.createdAt} >= ${china(lo)} and ${cases.createdAt} < ${china(addDays(q.to, 1))}
        ${inScope ? sql`and ${inScope}` : sql``}
    ),
    -- the running number of working days of every day from \`from\`, as one array: a day's number is
    -- an index into it (no join per case)
    cal as (
      select array_agg(n order by day) as n from (
        select d::date as day,
          count(*) filter (where coalesce(h.workday, extract(isodow from d) < 6)) over (order by d) as n
        from generate_series(${q.from}::timestamp, ${calEnd}::timestamp, interval '1 day') d
          left join holidays h on h.date = d::date
      ) w
    ),
    x as materialized (
      select c.id, c.status, c.channel, c.category_id, c.rating, c.dissatisfied_count, c.org_path,
        c.accept_due_on, c.due_date, c.answered_at is not null as answered,
        c.units, c.first_at is not null as acted,
        cal.n[c.day - ${q.from}::date + 1] as day_n,
        cal.n[(c.first_at at time zone 'Asia/Shanghai')::date - ${q.from}::date + 1] as first_n,
        cal.n[(c.answered_at at time zone 'Asia/Shanghai')::date - ${q.from}::date + 1] as answer_n,
        (c.first_at at time zone 'Asia/Shanghai')::date as first_day,
        (c.answered_at at time zone 'Asia/Shanghai')::date as answer_day,
        ((c.status in ('assigned', 'in_progress') and c.due_date < ${q.today}::date)
          or (c.status = 'received' and c.accept_due_on < ${q.today}::date)) as overdue,
        c.day
      from c cross join cal
      where c.p
    ),
    g as (
      select
        case when grouping(status) = 0 then 'status' when grouping(channel) = 0 then 'channel'
          when grouping(category_id) = 0 then 'category' when grouping(unit) = 0 then 'unit'
          else 'overdueUnit' end as dim,
        coalesce(status, channel, category_id::text, unit, ounit) as key,
        count(*)::int as n
      from (select x.*, ${childOf(q.parentPath)} as unit,
              case when overdue then coalesce(${childOf(q.parentPath)}, ${NONE}) end as ounit from x) y
      group by grouping sets ((status), (channel), (category_id), (unit), (ounit))
    )
    select
      (select count(*) from x)::int as received,
      (select count(*) filter (where day >= ${q.weekFrom}::date)::int from c) as "receivedWeek",
      (select count(*) filter (where day >= ${q.fourWeeksFrom}::date)::int from c) as "received4Weeks",
      (select count(*) filter (where day >= ${q.yearFrom}::date)::int from c) as "receivedYear",
      (select json_agg(json_build_object('dim', g.dim, 'key', g.key, 'n', g.n,
         'name', coalesce(k.name, o.name))) from g
         left join case_categories k on g.dim = 'category' and k.id::text = g.key
         left join orgs o on g.dim in ('unit', 'overdueUnit') and o.id::text = g.key
         where g.dim <> 'overdueUnit' or g.key is not null) as grouped,
      t.*,
      (select json_agg(w) from (
         select x.id, k.tracking_code as "trackingCode", o.name as "orgName",
           x.dissatisfied_count as reopened, x.units
         from x join cases k on k.id = x.id left join orgs o on o.id = k.assigned_org_id
         where x.dissatisfied_count >= 3 or x.units >= 3
         order by greatest(x.dissatisfied_count, x.units) desc, x.day desc limit 20) w) as watch
    from (
      select
        count(*) filter (where overdue)::int as overdue,
        count(*) filter (where acted or accept_due_on < ${q.today}::date)::int as "acceptDue",
        count(*) filter (where acted and (accept_due_on is null or first_day <= accept_due_on))::int
          as "acceptOnTime",
        count(*) filter (where answered
          or (status in ('assigned', 'in_progress') and due_date < ${q.today}::date))::int as "completionDue",
        count(*) filter (where answered and (due_date is null or answer_day <= due_date))::int
          as "completionOnTime",
        avg(first_n - day_n)::float as "avgDaysToFirstAction",
        avg(answer_n - day_n)::float as "avgDaysToAnswer",
        count(*) filter (where answered)::int as answered,
        count(*) filter (where answered and dissatisfied_count > 0)::int as reopened,
        count(*) filter (where rating = 'satisfied')::int as satisfied,
        count(*) filter (where rating = 'basically')::int as basically,
        count(*) filter (where rating = 'dissatisfied')::int as dissatisfied
      from x
    ) t
  `),
  )) as unknown as {
    rows: (Omit<
      CaseStatsRow,
      Grouped['dim'] | 'byStatus' | 'byChannel' | 'byCategory' | 'byUnit' | 'overdueByUnit'
    > & { grouped: Grouped[] | null })[];
  };
  const { grouped, ...row } = res.rows[0] as (typeof res.rows)[number];
  const of = (dim: Grouped['dim']) => (grouped ?? []).filter((g) => g.dim === dim);
  const record = (dim: Grouped['dim']) =>
    Object.fromEntries(of(dim).map((g) => [g.key as string, g.n]));
  const keyed = (dim: Grouped['dim']): Keyed[] =>
    of(dim)
      .map((g) => ({ key: g.key === NONE ? null : g.key, name: g.name, n: g.n }))
      .sort((a, b) => b.n - a.n || (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN'));
  return {
    ...row,
    byStatus: record('status'),
    byChannel: record('channel'),
    byCategory: keyed('category'),
    byUnit: keyed('unit'),
    overdueByUnit: keyed('overdueUnit'),
  } as CaseStatsRow;
}
