import { type SQL, sql } from 'drizzle-orm';
import { CASE_CHANNELS, CASE_STATUSES } from '../../../common/case-terms.ts';
import { addDays, todayInChina } from '../../../common/dates.ts';
import type { DbOrTx } from '../../db/client.ts';
import { withoutJit } from '../../db/jit.ts';
import { orgs } from '../../db/schema/index.ts';
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
  /** the 关注 list: reopened or passed through units this many times (settings `dashboard.watch…`) */
  watch: { reopened: number; units: number };
  /** a comparison's figures only: no received-per-period columns (0) and no 关注 list ([]) */
  brief?: boolean;
};

type Keyed = { key: string | null; name: string | null; n: number };

export type CaseStatsRow = {
  received: number;
  receivedWeek: number;
  received4Weeks: number;
  receivedYear: number;
  byStatus: Record<string, number>;
  byChannel: Record<string, number>;
  byCategory: Keyed[];
  byUnit: Keyed[];
  overdue: number;
  overdueByUnit: Keyed[];
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
  watch: {
    id: string;
    trackingCode: string;
    orgName: string | null;
    reopened: number;
    units: number;
  }[];
};

/** The integer columns of `case_tallies`, summed over cells (key: their SQL names). */
const SUMS = {
  n: 'n',
  acted: 'acted',
  acceptOnTime: 'accept_on_time',
  answered: 'answered',
  completionOnTime: 'completion_on_time',
  firstDays: 'first_days',
  firstN: 'first_n',
  answerDays: 'answer_days',
  answerN: 'answer_n',
  reopened: 'reopened',
  satisfied: 'satisfied',
  basically: 'basically',
  dissatisfied: 'dissatisfied',
} as const;

/**
 * The period's sums of the cells' integer columns, as SQL text built once: static text is one chunk
 * for the query builder, where ~50 fragments cost more to build on every read than to run.
 */
const SUMMED = sql.raw(
  Object.entries(SUMS)
    .map(([key, column]) => `coalesce(sum(${column}) filter (where p), 0)::int as "${key}"`)
    .join(', '),
);

/**
 * Element-wise sums of an array column over the period's cells, one aggregate per index (an unnest
 * of every cell's elements took the bureau's 366 cells 15 ms more to run; docs/performance.md).
 * Static text, kept per column and length.
 */
const perIndexSql = new Map<string, SQL>();
function perIndex(column: string, count: number): SQL {
  const key = `${column}:${count}`;
  let text = perIndexSql.get(key);
  if (!text) {
    text = sql.raw(
      `array[${Array.from(
        { length: count },
        (_, i) => `coalesce(sum(${column}[${i + 1}]) filter (where p), 0)::int`,
      ).join(', ')}]`,
    );
    perIndexSql.set(key, text);
  }
  return text;
}

/**
 * What a cell's figures were computed on besides its cases: the figures' definition — this
 * version, raised whenever `computeTallies` counts differently, and the status, channel and
 * category lists the arrays follow — and the holidays and 调休 (working days). A cell computed on
 * another basis is stale.
 */
const FIGURES_VERSION = 1;
const basis = (categoryIds: string[]) =>
  sql`(select md5(${`${FIGURES_VERSION}|${CASE_STATUSES}|${CASE_CHANNELS}|${categoryIds}|`}
    || coalesce(string_agg(date::text || ':' || workday::text, ',' order by date), '')) from holidays)`;

/** The categories in the order of the cells' `by_category` (their ids'). */
/** The case categories as the cells count them (by id); read once for several `caseStats`. */
export async function caseCategories(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  const res = (await db.execute(
    sql`select id::text as id, name from case_categories order by id`,
  )) as unknown as { rows: { id: string; name: string }[] };
  return res.rows;
}

type Grain = 'month' | 'day';
type Cell = { grain: Grain; start: string };

const china = (day: string) => new Date(`${day}T00:00:00+08:00`);

const nextMonth = (day: string) => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
};

/**
 * The cells that cover the days `from`…`to` exactly: each month wholly inside as its month cell,
 * the days of a month cut by either end as day cells. A month that runs past `to` is whole too
 * when `to` is today or later (`today`, the real date): no case is submitted after today.
 */
export function cellsOf(from: string, to: string, today: string): Cell[] {
  const cells: Cell[] = [];
  let day = from;
  while (day <= to) {
    const monthStart = `${day.slice(0, 7)}-01`;
    const next = nextMonth(monthStart);
    if (day === monthStart && (addDays(next, -1) <= to || to >= today)) {
      cells.push({ grain: 'month', start: monthStart });
      day = next;
    } else {
      cells.push({ grain: 'day', start: day });
      day = addDays(day, 1);
    }
  }
  return cells;
}

/** The unit right below `parent` a case's unit path falls in ('' = the parent itself, null = none). */
const childOf = (parent: string) =>
  sql`case when ${orgs.path} is null then null else split_part(substr(${orgs.path}, ${parent.length + 1}::int), '/', 1) end`;

/** The received counts besides the period's, as slices of the month cells' `by_day`. */
const RANGES = { week: 1, fourWeeks: 2, year: 4 } as const;
type Slice = { r: number; month: string; d1: number; d2: number };

/** The slices of month cells (days d1…d2 of each) that cover `from`…`to`. */
function slicesOf(r: number, from: string, to: string): Slice[] {
  const slices: Slice[] = [];
  for (let month = `${from.slice(0, 7)}-01`; month <= to; month = nextMonth(month)) {
    const d1 = from > month ? Number(from.slice(8)) : 1;
    const d2 = to < nextMonth(month) ? Number(to.slice(8)) : 31;
    slices.push({ r, month, d1, d2 });
  }
  return slices;
}

type StaleCell = { grain: Grain; start: string; orgId: string | null };

type Summed = Record<keyof typeof SUMS, number> & {
  received: { r: number; n: number }[] | null;
  byStatus: number[];
  byChannel: number[];
  byCategory: number[];
  units: Keyed[] | null;
  overdue: number;
  accept_late: number;
  completion_late: number;
  overdueByUnit: Keyed[] | null;
};

type Want = { grain: string; start: string; p: boolean };

/** The cells a read sums: the period's (`p`), and the months the received columns slice. */
function wantedCells(period: Cell[], slices: Slice[]): Want[] {
  const months = [...new Set(slices.map((s) => s.month))];
  return [
    ...period.map((c) => ({ ...c, p: true })),
    ...months
      .filter((m) => !period.some((c) => c.grain === 'month' && c.start === m))
      .map((m) => ({ grain: 'month', start: m, p: false })),
  ];
}

const array = (values: (string | number)[]) => `{${values}}`;
const wantSql = (want: Want[]) =>
  sql`select * from unnest(${array(want.map((w) => w.grain))}::text[],
        ${array(want.map((w) => w.start))}::date[], ${array(want.map((w) => String(w.p)))}::boolean[])
        as w(grain, start, p)`;

/**
 * The cells of the read, in the scope, whose figures are not current (a write since, or another
 * basis): a small statement before the sum, so a read after a write sums once, not twice.
 */
async function staleTallies(
  db: DbOrTx,
  scope: Scope,
  q: CaseStatsQuery,
  want: Want[],
  categoryIds: string[],
): Promise<StaleCell[]> {
  const inScope = scopeAndUnit(scope, q.orgPath, orgs.path);
  const res = (await db.execute(sql`
    select t.grain, t.start, t.org_id as "orgId"
    from case_tallies t
      join (${wantSql(want)}) w on w.grain = t.grain and w.start = t.start
      left join ${orgs} on ${orgs.id} = t.org_id
    where not coalesce(t.computed = t.stamp and t.basis = ${basis(categoryIds)}, false)
      ${inScope ? sql`and ${inScope}` : sql``}
    order by t.grain, t.start, t.org_id`)) as unknown as { rows: StaleCell[] };
  return res.rows;
}

/**
 * The tallies of the period's cells in the scope, summed in SQL (one row comes back, however many
 * cells): the period's figures and its counts by status, channel, category and the unit right
 * below `parentPath`, and the other received counts from the month cells' days.
 */
async function sumTallies(
  db: DbOrTx,
  scope: Scope,
  q: CaseStatsQuery,
  want: Want[],
  slices: Slice[],
  categoryIds: string[],
): Promise<Summed> {
  const inScope = scopeAndUnit(scope, q.orgPath, orgs.path);
  // what a comparison (brief) does not show is not asked for: on PGlite, planning these sub-selects
  // took longer than running them
  const details = q.brief
    ? sql`'{}'::int[] as "byStatus", '{}'::int[] as "byChannel", '{}'::int[] as "byCategory",
        null as received, null as units, null as "overdueByUnit"`
    : sql`
      ${perIndex('by_status', CASE_STATUSES.length)} as "byStatus",
      ${perIndex('by_channel', CASE_CHANNELS.length)} as "byChannel",
      ${perIndex('by_category', categoryIds.length + 1)} as "byCategory",
      (select json_agg(z) from (
         select s.r, coalesce(sum(case when s.d1 = 1 and s.d2 = 31 then t.n
           else (select sum(v) from unnest(t.by_day[s.d1:s.d2]) v) end), 0)::int as n
         from unnest(${array(slices.map((s) => s.r))}::int[], ${array(slices.map((s) => s.month))}::date[],
             ${array(slices.map((s) => s.d1))}::int[], ${array(slices.map((s) => s.d2))}::int[])
             as s(r, month, d1, d2)
           join t on t.grain = 'month' and t.start = s.month
         group by s.r) z) as received,
      (select json_agg(z) from (
         select t.unit as key, u.name, sum(t.n)::int as n
         from t left join orgs u on u.id::text = t.unit
         where t.p and t.n > 0 group by t.unit, u.name) z) as units,
      (select json_agg(z) from (
         select late.unit as key, u.name, late.overdue as n
         from late left join orgs u on u.id::text = late.unit
         where late.overdue > 0) z) as "overdueByUnit"`;
  const res = (await db.execute(sql`
    with want as (${wantSql(want)}),
    t as materialized (
      select w.p, t.*, ${childOf(q.parentPath)} as unit
      from case_tallies t
        join want w on w.grain = t.grain and w.start = t.start
        left join ${orgs} on ${orgs.id} = t.org_id
      ${inScope ? sql`where ${inScope}` : sql``}
    ),
    -- what is late today, by unit: the period's cells' days from which their cases are late, all
    -- unnested at once (the arrays are zipped; a shorter one pads with nulls)
    late as (
      select t.unit,
        count(*) filter (where l.o <= ${q.today}::date)::int as overdue,
        count(*) filter (where l.a <= ${q.today}::date)::int as accept_late,
        count(*) filter (where l.c <= ${q.today}::date)::int as completion_late
      from t, unnest(t.overdue_from, t.accept_late_from, t.completion_late_from) as l(o, a, c)
      where t.p
      group by t.unit
    )
    select
      ${SUMMED},
      coalesce((select sum(overdue) from late), 0)::int as overdue,
      coalesce((select sum(accept_late) from late), 0)::int as accept_late,
      coalesce((select sum(completion_late) from late), 0)::int as completion_late,
      ${details}
    from t
  `)) as unknown as { rows: Summed[] };
  return res.rows[0] as Summed;
}

/**
 * Computes these cells from the cases (one pass over the days they span) and stores them with the
 * stamp this statement saw: a write committed since leaves the cell stale for the next reader.
 * Working days: the running working-day number of every day of the span (holidays and 调休 as
 * `working_day_after` counts them) as one array; the days between two dates are the difference of
 * their numbers.
 */
async function computeTallies(
  db: DbOrTx,
  cells: StaleCell[],
  categoryIds: string[],
): Promise<void> {
  const none = '00000000-0000-0000-0000-000000000000';
  const lo = cells.map((c) => c.start).sort()[0] as string;
  const hi = cells
    .map((c) => (c.grain === 'month' ? nextMonth(c.start) : addDays(c.start, 1)))
    .sort()
    .at(-1) as string;
  // null: the cases of none (the category list's last slot)
  const counts = (column: string, values: readonly (string | null)[]) =>
    sql`array[${sql.join(
      values.map((v) =>
        v === null
          ? sql`count(*) filter (where ${sql.identifier(column)} is null)::int`
          : sql`count(*) filter (where ${sql.identifier(column)} = ${v})::int`,
      ),
      sql`, `,
    )}]`;
  const days = sql.raw(
    `array[${Array.from({ length: 31 }, (_, i) => `count(*) filter (where extract(day from day) = ${i + 1})::int`)}]`,
  );
  const columns = Object.values(SUMS);
  const orgIds = [...new Set(cells.flatMap((c) => (c.orgId ? [c.orgId] : [])))];
  // PostgreSQL's JIT compiled the figures' expressions for longer than they ran (db/jit.ts)
  await withoutJit(db, (tx) =>
    tx.execute(sql`
    with k as (
      select k.grain, k.start, k.org_id, coalesce(k.org_id, ${none}::uuid) as org_key,
        coalesce(t.stamp, 0) as stamp
      from unnest(${`{${cells.map((c) => c.grain)}}`}::text[], ${`{${cells.map((c) => c.start)}}`}::date[],
          ${`{${cells.map((c) => c.orgId ?? 'NULL')}}`}::uuid[]) as k(grain, start, org_id)
        left join case_tallies t on t.grain = k.grain and t.start = k.start
          and t.org_id is not distinct from k.org_id
    ),
    c as materialized (
      select s.status, s.channel, s.category_id::text as category, s.rating,
        s.dissatisfied_count, s.accept_due_on, s.due_date, s.answered_at is not null as answered,
        s.first_action_at is not null as acted, coalesce(s.assigned_org_id, ${none}::uuid) as org_key,
        (s.created_at at time zone 'Asia/Shanghai')::date as day,
        (s.first_action_at at time zone 'Asia/Shanghai')::date as first_day,
        (s.answered_at at time zone 'Asia/Shanghai')::date as answer_day
      from cases s
      where s.created_at >= ${china(lo)} and s.created_at < ${china(hi)}
        -- only the cells' units (by cases_assigned_org_idx): a month's other cases are not read
        and (s.assigned_org_id = any(${`{${orgIds}}`}::uuid[])
          ${cells.some((c) => c.orgId === null) ? sql`or s.assigned_org_id is null` : sql``})
    ),
    x as materialized (
      select k.grain, k.start, c.*
      from c join k on k.org_key = c.org_key
        and k.start = case when k.grain = 'month' then date_trunc('month', c.day)::date else c.day end
    ),
    -- materialized: inlined, it was computed again for every case of x
    cal as materialized (
      select array_agg(n order by d) as n from (
        select d::date as d,
          count(*) filter (where coalesce(h.workday, extract(isodow from d) < 6)) over (order by d) as n
        from generate_series(${lo}::timestamp,
            greatest(${lo}::date, (select max(greatest(day, first_day, answer_day)) from x))::timestamp,
            interval '1 day') d
          left join holidays h on h.date = d::date
      ) w
    ),
    y as (
      select x.*, cal.n[x.day - ${lo}::date + 1] as day_n,
        cal.n[x.first_day - ${lo}::date + 1] as first_n, cal.n[x.answer_day - ${lo}::date + 1] as answer_n
      from x cross join cal
    ),
    t as (
      select grain, start, org_key,
        count(*)::int as n,
        count(*) filter (where acted)::int as acted,
        count(*) filter (where acted and (accept_due_on is null or first_day <= accept_due_on))::int
          as accept_on_time,
        count(*) filter (where answered)::int as answered,
        count(*) filter (where answered and (due_date is null or answer_day <= due_date))::int
          as completion_on_time,
        coalesce(sum(first_n - day_n), 0)::int as first_days, count(first_n - day_n)::int as first_n,
        coalesce(sum(answer_n - day_n), 0)::int as answer_days, count(answer_n - day_n)::int as answer_n,
        count(*) filter (where answered and dissatisfied_count > 0)::int as reopened,
        count(*) filter (where rating = 'satisfied')::int as satisfied,
        count(*) filter (where rating = 'basically')::int as basically,
        count(*) filter (where rating = 'dissatisfied')::int as dissatisfied,
        ${counts('status', CASE_STATUSES)} as by_status,
        ${counts('channel', CASE_CHANNELS)} as by_channel,
        ${counts('category', [...categoryIds, null])} as by_category,
        ${days} as by_day,
        array_agg(case when status = 'received' then accept_due_on else due_date end + 1)
          filter (where (status = 'received' and accept_due_on is not null)
            or (status in ('assigned', 'in_progress') and due_date is not null)) as overdue_from,
        array_agg(accept_due_on + 1) filter (where not acted and accept_due_on is not null)
          as accept_late_from,
        array_agg(due_date + 1) filter (where not answered and status in ('assigned', 'in_progress')
          and due_date is not null) as completion_late_from
      from y group by grain, start, org_key
    )
    insert into case_tallies as s (grain, start, org_id, stamp, computed, basis,
      ${sql.raw(columns.join(', '))}, by_status, by_channel, by_category, by_day, overdue_from,
      accept_late_from, completion_late_from)
    select k.grain, k.start, k.org_id, k.stamp, k.stamp, ${basis(categoryIds)},
      ${sql.raw(columns.map((c) => `coalesce(t.${c}, 0)`).join(', '))},
      t.by_status, t.by_channel, t.by_category, t.by_day, t.overdue_from, t.accept_late_from,
      t.completion_late_from
    from k left join t on t.grain = k.grain and t.start = k.start and t.org_key = k.org_key
    -- the triggers' order (migration 0034): two writers of the same cells never deadlock
    order by k.grain, k.start, k.org_id
    on conflict (grain, start, org_id) do update set computed = excluded.computed,
      basis = excluded.basis, ${sql.raw(columns.map((c) => `${c} = excluded.${c}`).join(', '))},
      by_status = excluded.by_status, by_channel = excluded.by_channel,
      by_category = excluded.by_category, by_day = excluded.by_day,
      overdue_from = excluded.overdue_from, accept_late_from = excluded.accept_late_from,
      completion_late_from = excluded.completion_late_from
  `),
  );
}

/**
 * The 关注 list: the period's cases reopened (不满意) or passed through units (交办/转办) the set
 * number of times or more; `cases_watch_idx` finds the few over the lower of the two.
 */
async function readWatch(
  db: DbOrTx,
  scope: Scope,
  q: CaseStatsQuery,
): Promise<CaseStatsRow['watch']> {
  const inScope = scopeAndUnit(scope, q.orgPath, orgs.path);
  const res = (await db.execute(sql`
    select s.id, s.tracking_code as "trackingCode", ${orgs.name} as "orgName",
      s.dissatisfied_count as reopened, s.units_handled as units
    from cases s left join ${orgs} on ${orgs.id} = s.assigned_org_id
    where greatest(s.dissatisfied_count, s.units_handled) >= ${Math.min(q.watch.reopened, q.watch.units)}
      and (s.dissatisfied_count >= ${q.watch.reopened} or s.units_handled >= ${q.watch.units})
      and s.created_at >= ${china(q.from)} and s.created_at < ${china(addDays(q.to, 1))}
      ${inScope ? sql`and ${inScope}` : sql``}
    order by greatest(s.dissatisfied_count, s.units_handled) desc, s.created_at desc
    limit 20
  `)) as unknown as { rows: CaseStatsRow['watch'] };
  return res.rows;
}

const sorted = (rows: Keyed[]) =>
  rows.sort((a, b) => b.n - a.n || (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN'));

/**
 * Every case figure of the dashboard (docs/performance.md, "Dashboard"): what does not change with
 * the date from `case_tallies` — the cells covering the period, the week, the 4 weeks and the year,
 * stale ones recomputed first — and what does (overdue now) live from the unsettled cases. Each
 * figure counts what the case list counts with the same filters (dashboard.test.ts).
 */
export async function caseStats(
  db: DbOrTx,
  scope: Scope,
  q: CaseStatsQuery,
  categoriesRead: Promise<{ id: string; name: string }[]> = caseCategories(db),
): Promise<CaseStatsRow> {
  const now = todayInChina();
  const period = cellsOf(q.from, q.to, now);
  const slices = q.brief
    ? []
    : [
        ...slicesOf(RANGES.week, q.weekFrom, q.to),
        ...slicesOf(RANGES.fourWeeks, q.fourWeeksFrom, q.to),
        ...slicesOf(RANGES.year, q.yearFrom, q.to),
      ];
  const [cats, watch] = await Promise.all([categoriesRead, q.brief ? [] : readWatch(db, scope, q)]);
  const ids = cats.map((c) => c.id);
  const want = wantedCells(period, slices);
  // cells written since they were last computed: computed now (and kept), then summed
  const stale = await staleTallies(db, scope, q, want, ids);
  if (stale.length > 0) await computeTallies(db, stale, ids);
  const p = await sumTallies(db, scope, q, want, slices, ids);
  const byIndex = (keys: readonly string[], counts: number[]) =>
    Object.fromEntries(keys.flatMap((k, i) => (counts[i] ? [[k, counts[i] as number]] : [])));
  const received = (r: number) => p.received?.find((x) => x.r === r)?.n ?? 0;
  return {
    received: p.n,
    receivedWeek: received(RANGES.week),
    received4Weeks: received(RANGES.fourWeeks),
    receivedYear: received(RANGES.year),
    byStatus: byIndex(CASE_STATUSES, p.byStatus),
    byChannel: byIndex(CASE_CHANNELS, p.byChannel),
    byCategory: sorted(
      cats.flatMap((c, i) =>
        p.byCategory[i] ? [{ key: c.id, name: c.name, n: p.byCategory[i] }] : [],
      ),
    ),
    byUnit: sorted(p.units ?? []),
    overdue: p.overdue,
    overdueByUnit: sorted(p.overdueByUnit ?? []),
    acceptDue: p.acted + p.accept_late,
    acceptOnTime: p.acceptOnTime,
    completionDue: p.answered + p.completion_late,
    completionOnTime: p.completionOnTime,
    avgDaysToFirstAction: p.firstN > 0 ? p.firstDays / p.firstN : null,
    avgDaysToAnswer: p.answerN > 0 ? p.answerDays / p.answerN : null,
    answered: p.answered,
    reopened: p.reopened,
    satisfied: p.satisfied,
    basically: p.basically,
    dissatisfied: p.dissatisfied,
    watch,
  };
}
