import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { householdIsPoor, orgs } from '../../db/schema/index.ts';
import type { Scope } from '../../platform/access.ts';
import { scopeAndUnit } from '../../platform/scope.repo.ts';

/**
 * The dashboard's compliance figures, read from `compliance_cells` (one row per campaign, month and
 * unit; server/db/schema/compliance.ts) — README.md, "The dashboard's figures":
 * - writes to anything the figures depend on only add `compliance_marks` rows (triggers, migration
 *   0037);
 * - a read sums the cells of the units in scope; when a mark is waiting or a unit of the scope has
 *   no cell for an asked month, it deletes the cells the marks cover with the marks (one
 *   statement), computes the missing cells by the compliance list's rules, and sums again.
 *
 * The refresh holds `compliance_cells` in SHARE ROW EXCLUSIVE mode until it commits, and takes it
 * before its statements take their snapshots: a cell is only ever computed after every mark that
 * was deleted had committed, so no cell outlives a change it did not see.
 */

export type CellMonth = {
  first: string;
  last: string;
  campaignId: string;
  campaignStart: string;
};

export type CellFigures = { cadres: number; met: number };
export type CellSums = CellFigures & {
  leading: CellFigures;
  byRank: Record<'county' | 'section' | 'other', CellFigures>;
};
/**
 * per month asked, per unit right below `parentPath` ('' = the parent unit itself); one row with
 * `unit` null for a month not detailed by unit
 */
export type CellUnitRow = CellSums & { i: number; unit: string | null; name: string | null };

type SumRow = {
  i: number;
  /** null: the month is not detailed by unit */
  unit: string | null;
  name: string | null;
  cells: number;
  orgs: number;
  marked: boolean;
} & Record<(typeof FIGURES)[number], number>;

/** the cells' figure columns, in table order */
const FIGURES = [
  'cadres',
  'met',
  'leading_cadres',
  'leading_met',
  'county_cadres',
  'county_met',
  'section_cadres',
  'section_met',
  'other_cadres',
  'other_met',
] as const;

async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

function monthsValues(months: CellMonth[]) {
  return sql.join(
    months.map(
      (m, i) =>
        sql`(${i}::int, ${m.first}::date, ${m.last}::date, ${m.campaignStart}::date, ${m.campaignId}::uuid)`,
    ),
    sql`, `,
  );
}

/** the units of the scope (and of the unit `orgPath`) */
function unitsInScope(scope: Scope, orgPath: string | undefined) {
  const inScope = scopeAndUnit(scope, orgPath, orgs.path);
  return sql`select ${orgs.id} as id, ${orgs.path} as path from ${orgs} ${inScope ? sql`where ${inScope}` : sql``}`;
}

/** What a read asks for: the months, the units (scope and `orgPath`), how rows are grouped. */
type CellRead = {
  months: CellMonth[];
  scope: Scope;
  orgPath: string | undefined;
  /** per unit right below this path */
  parentPath: string;
  /** the months (indexes) whose figures are wanted per unit */
  detailed: number[];
};

/** The sums per month and unit below `parentPath`, with what tells whether the cells are whole. */
function sumCells(db: DbOrTx, { months, scope, orgPath, parentPath, detailed }: CellRead) {
  const sums = sql.join(
    FIGURES.map((f) => sql`sum(c.${sql.identifier(f)})::int as ${sql.identifier(f)}`),
    sql`, `,
  );
  return rowsOf<SumRow>(
    db,
    sql`
    with m (i, first, last, cstart, campaign_id) as materialized (values ${monthsValues(months)}),
    o as materialized (
      select u.id, split_part(substr(u.path, ${parentPath.length + 1}::int), '/', 1) as unit
      from (${unitsInScope(scope, orgPath)}) u
    ),
    -- per unit below the parent for the detailed months only, one row for each other month
    s as (
      select m.i, case when m.i = any(${`{${detailed}}`}::int[]) then o.unit end as unit,
        count(*)::int as cells, ${sums}
      from m join compliance_cells c on c.campaign_id = m.campaign_id and c.month = m.first
        join o on o.id = c.org_id
      group by 1, 2
    )
    select s.*, u.name, (select count(*) from o)::int as orgs,
      exists (select 1 from compliance_marks) as marked
    from s left join orgs u on u.id::text = s.unit
    order by s.i, u.sort_order nulls last, u.name nulls last`,
  );
}

/**
 * Deletes the cells the waiting marks cover, with the marks, then computes every missing cell of
 * the asked months for the units in scope — the compliance list's rules (compliance.repo.ts,
 * `complianceSql`) per month, counted per unit: the rank in force on the month's last day, the
 * rule version of that rank in force on its first day (of the month's campaign), the days from
 * cadre_month_days, the pairings in force on its last day, the poor households helped since the
 * campaign began. A unit without a listed cadre gets a cell of zeros.
 */
async function refreshCells(db: DbOrTx, { months, scope, orgPath }: CellRead) {
  await db.transaction(async (tx) => {
    // before any snapshot of this transaction is taken: see the file's comment
    await tx.execute(sql`lock table compliance_cells in share row exclusive mode`);
    await tx.execute(sql`
      with gone as (
        delete from compliance_cells c using compliance_marks k
        where (k.campaign_id is null or k.campaign_id = c.campaign_id)
          and (k.org_id is null or k.org_id = c.org_id)
          and (k.from_month is null or c.month >= k.from_month)
          and (k.to_month is null or c.month <= k.to_month)
      )
      delete from compliance_marks`);
    await tx.execute(sql`
    with m (i, first, last, cstart, campaign_id) as materialized (values ${monthsValues(months)}),
    missing as materialized (
      select m.i, o.id as org_id
      from m cross join (${unitsInScope(scope, orgPath)}) o
      where not exists (
        select 1 from compliance_cells x
        where x.campaign_id = m.campaign_id and x.month = m.first and x.org_id = o.id)
    ),
    c as materialized (
      select k.id, k.org_id, k.rank, k.leading from cadres k
      where k.active and k.org_id in (select org_id from missing)
    ),
    h as (
      select distinct on (m.i, h.cadre_id) m.i, h.cadre_id, h.rank
      from cadre_rank_history h join m on h.effective_from <= m.last
      where h.cadre_id in (select id from c)
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
      where p.cadre_id in (select id from c)
      group by m.i, p.cadre_id
    ),
    a as (
      select m.i, a.cadre_id, count(distinct a.household_id)::int as n
      from assistance a join households hh on hh.id = a.household_id
        join m on a.date >= m.cstart and a.date <= m.last
      where ${householdIsPoor(sql`hh.categories`)} and a.cadre_id in (select id from c)
      group by m.i, a.cadre_id
    ),
    f as materialized (
      select m.i, c.org_id, c.leading, coalesce(h.rank, c.rank) as rank, coalesce(d.days, 0) as days,
        coalesce(p.n, 0) as paired, coalesce(a.n, 0) as poor
      from m cross join c
        left join h on h.i = m.i and h.cadre_id = c.id
        left join cadre_month_days d on d.month = m.first and d.cadre_id = c.id
        left join p on p.i = m.i and p.cadre_id = c.id
        left join a on a.i = m.i and a.cadre_id = c.id
    ),
    g as (
      select f.i, f.org_id, f.rank, f.leading,
        (f.days >= r.min_days_per_month and f.paired between r.min_households and r.max_households
          and f.poor >= r.min_poor_helped) as met
      from f join r on r.i = f.i and r.rank = f.rank
    ),
    s as (
      select g.i, g.org_id, count(*)::int as cadres, count(*) filter (where g.met)::int as met,
        count(*) filter (where g.leading)::int as leading_cadres,
        count(*) filter (where g.leading and g.met)::int as leading_met,
        count(*) filter (where g.rank = 'county')::int as county_cadres,
        count(*) filter (where g.rank = 'county' and g.met)::int as county_met,
        count(*) filter (where g.rank = 'section')::int as section_cadres,
        count(*) filter (where g.rank = 'section' and g.met)::int as section_met,
        count(*) filter (where g.rank = 'other')::int as other_cadres,
        count(*) filter (where g.rank = 'other' and g.met)::int as other_met
      from g group by g.i, g.org_id
    )
    insert into compliance_cells (campaign_id, month, org_id, ${sql.join(
      FIGURES.map((f) => sql.identifier(f)),
      sql`, `,
    )})
    select m.campaign_id, m.first, x.org_id, ${sql.join(
      FIGURES.map((f) => sql`coalesce(s.${sql.identifier(f)}, 0)`),
      sql`, `,
    )}
    from missing x join m on m.i = x.i left join s on s.i = x.i and s.org_id = x.org_id
    on conflict do nothing`);
  });
}

const sumsOf = (r: SumRow): CellSums => ({
  cadres: r.cadres,
  met: r.met,
  leading: { cadres: r.leading_cadres, met: r.leading_met },
  byRank: {
    county: { cadres: r.county_cadres, met: r.county_met },
    section: { cadres: r.section_cadres, met: r.section_met },
    other: { cadres: r.other_cadres, met: r.other_met },
  },
});

/**
 * The figures of each asked month (a campaign's month) for the units in `scope` (and the unit
 * `orgPath`), per unit right below `parentPath` for the `detailed` ones: one statement when the cells are current, else
 * a refresh and a second read.
 */
export async function complianceCells(db: DbOrTx, read: CellRead): Promise<CellUnitRow[]> {
  const { months } = read;
  if (months.length === 0) return [];
  const whole = (rows: SumRow[]) => {
    const orgs = rows[0]?.orgs;
    if (orgs === undefined || rows[0]?.marked) return false;
    const cells = new Map<number, number>();
    for (const r of rows) cells.set(r.i, (cells.get(r.i) ?? 0) + r.cells);
    return months.every((_, i) => cells.get(i) === orgs);
  };
  let rows = await sumCells(db, read);
  if (!whole(rows)) {
    await refreshCells(db, read);
    rows = await sumCells(db, read);
  }
  return rows.map((r) => ({ i: r.i, unit: r.unit, name: r.name, ...sumsOf(r) }));
}
