import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Scope } from '../../platform/access.ts';

/** What participation is counted over: one campaign's records, the reader's scope, a unit. */
export type ParticipationQuery = {
  /** null: no campaign — nothing counts (every learning record belongs to a campaign) */
  campaignId: string | null;
  scope: Scope;
  /** a unit and the units below it */
  orgPath?: string;
  leadingOnly?: boolean;
  lagging?: boolean;
  q?: string;
};

export type ParticipationFacts = {
  cadreId: string;
  cadreName: string;
  orgId: string;
  orgName: string;
  leading: boolean;
  materialsViewed: number;
  sessionsDue: number;
  sessionsAttended: number;
  sessionsLeave: number;
  sessionsAbsent: number;
  posts: number;
  reflections: number;
  reflectionsApproved: number;
  volunteerHours: number;
  frontline: number;
};

async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/** Materials a cadre can study online (and so record as studied): 视频, 链接, 彩铃, or with a link. */
const ONLINE = sql`(m.kind in ('video', 'link', 'ringtone') or m.link is not null)`;

/** The units a query is held to (`o`): the reader's scope and the unit asked for, both. */
function inPaths(q: Pick<ParticipationQuery, 'scope' | 'orgPath'>): SQL {
  const paths = [q.scope.kind === 'all' ? null : q.scope.path, q.orgPath ?? null].filter(
    (p): p is string => p !== null,
  );
  return sql.join(
    paths.map((p) => sql`and o.path like ${`${p}%`}`),
    sql` `,
  );
}

/**
 * Every active cadre of the query with his figures, one statement: each figure is one set-based
 * pass over its table for the cadres selected (`c`), grouped by cadre — never a sub-query per
 * cadre. A session counts as due once it has started; on the roster and 出席 or 迟到 is attended.
 * Posts removed by a moderator do not count; a reflection counts once submitted (any state but
 * 草稿), and separately once approved or published.
 */
function participationSql(q: ParticipationQuery): SQL {
  const cid = q.campaignId;
  return sql`
    with c as materialized (
      select cd.id, cd.name, cd.org_id, o.name as org_name, o.path as org_path, cd.leading
      from cadres cd join orgs o on o.id = cd.org_id
      where cd.active ${inPaths(q)}
        ${q.leadingOnly ? sql`and cd.leading` : sql``}
        ${q.q ? sql`and cd.name ilike ${`%${q.q}%`}` : sql``}
    ),
    mv as (
      select v.cadre_id, count(*)::int as n
      from material_views v join materials m on m.id = v.material_id
      where m.campaign_id = ${cid}::uuid and v.cadre_id in (select id from c)
      group by v.cadre_id
    ),
    sa as (
      select a.cadre_id,
        count(*) filter (where s.starts_at <= now())::int as due,
        count(*) filter (where a.status in ('present', 'late'))::int as attended,
        count(*) filter (where a.status = 'leave')::int as leave,
        count(*) filter (where a.status = 'absent')::int as absent
      from session_attendance a join study_sessions s on s.id = a.session_id
      where s.campaign_id = ${cid}::uuid and a.cadre_id in (select id from c)
      group by a.cadre_id
    ),
    dp as (
      select p.author_cadre_id as cadre_id, count(*)::int as n
      from discussion_posts p
      where p.campaign_id = ${cid}::uuid and p.state <> 'removed'
        and p.author_cadre_id in (select id from c)
      group by p.author_cadre_id
    ),
    rf as (
      select d.cadre_id,
        count(*) filter (where d.state <> 'draft')::int as n,
        count(*) filter (where d.state in ('approved', 'published'))::int as ok
      from documents d
      where d.kind = 'reflection' and d.campaign_id = ${cid}::uuid
        and d.cadre_id in (select id from c)
      group by d.cadre_id
    ),
    sr as (
      select r.cadre_id,
        coalesce(sum(r.hours) filter (where r.kind = 'volunteer'), 0)::float8 as hours,
        count(*) filter (where r.kind = 'frontline')::int as frontline
      from service_records r
      where r.campaign_id = ${cid}::uuid and r.cadre_id in (select id from c)
      group by r.cadre_id
    ),
    f as (
      select c.id as "cadreId", c.name as "cadreName", c.org_id as "orgId",
        c.org_name as "orgName", c.org_path as "orgPath", c.leading,
        coalesce(mv.n, 0) as "materialsViewed",
        coalesce(sa.due, 0) as "sessionsDue", coalesce(sa.attended, 0) as "sessionsAttended",
        coalesce(sa.leave, 0) as "sessionsLeave", coalesce(sa.absent, 0) as "sessionsAbsent",
        coalesce(dp.n, 0) as posts, coalesce(rf.n, 0) as reflections,
        coalesce(rf.ok, 0) as "reflectionsApproved",
        coalesce(sr.hours, 0)::float8 as "volunteerHours", coalesce(sr.frontline, 0) as frontline
      from c
        left join mv on mv.cadre_id = c.id
        left join sa on sa.cadre_id = c.id
        left join dp on dp.cadre_id = c.id
        left join rf on rf.cadre_id = c.id
        left join sr on sr.cadre_id = c.id
    )
    select f.* from f
    ${
      q.lagging
        ? sql`where f."sessionsAbsent" > 0 or f."materialsViewed" = 0 or f.reflections = 0`
        : sql``
    }`;
}

/** A page of cadres with their figures, the unit's first, leading cadres first within a unit. */
export async function listParticipation(
  db: DbOrTx,
  q: ParticipationQuery,
  page: { limit: number; offset: number },
) {
  const rows = await rowsOf<ParticipationFacts & { orgPath: string; total: number }>(
    db,
    sql`select x.*, count(*) over ()::int as total from (${participationSql(q)}) x
        order by x."orgPath", x.leading desc, x."cadreName", x."cadreId"
        limit ${page.limit} offset ${page.offset}`,
  );
  return {
    items: rows.map(({ total: _t, orgPath: _p, ...r }) => r as ParticipationFacts),
    total: rows[0]?.total ?? 0,
  };
}

/** How many materials of the campaign can be studied online. */
export async function countOnlineMaterials(db: DbOrTx, campaignId: string | null) {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from materials m
        where m.campaign_id = ${campaignId}::uuid and ${ONLINE}`,
  );
  return row?.n ?? 0;
}

export type UnitParticipationFacts = {
  orgId: string;
  orgName: string;
  cadres: number;
  sessionsHeld: number;
  sessionsDue: number;
  sessionsAttended: number;
  viewed: number;
  receiptsSent: number;
  receiptsConfirmed: number;
  posts: number;
  reflections: number;
  volunteerHours: number;
};

/** What the per-unit roll-up is counted over: the reader's scope or a unit (no cadre filters). */
export type UnitParticipationQuery = Pick<ParticipationQuery, 'campaignId' | 'scope' | 'orgPath'>;

/**
 * The same figures summed per unit the cadres belong to (as the compliance roll-up groups), with
 * what the unit itself did: sessions it held and the materials' batches sent to it and confirmed.
 *
 * Read from the sums kept per unit (`learning_unit_facts`, `learning_unit_cadres`: triggers keep
 * them from the records' tables through `learning_cadre_facts`, db/schema/learning.ts), not from
 * every record of the campaign: the bureau's roll-up reads one row per unit where it hashed ~26,000
 * records against 3,000 cadres five times (29 ms on PGlite, and an estimated cost past
 * PostgreSQL's JIT threshold). The unit's own sessions and receipts are few and read as they are,
 * in one pass (`w`). A session is due only once it has started, which moves with the clock: the
 * kept sums count every roster place, so the places on sessions still to come (by the sessions'
 * campaign index; none once the campaign's sessions are held) are taken off here. Every figure
 * equals the sum of `listParticipation`'s rows for the unit (learning.test.ts, facts.test.ts).
 */
export async function unitParticipation(db: DbOrTx, q: UnitParticipationQuery) {
  const cid = q.campaignId;
  const scoped = q.scope.kind !== 'all' || q.orgPath;
  // in a part of the bureau, only its units' sessions and batches are read
  const inUnits = (column: SQL) => (scoped ? sql`and ${column} in (select id from u)` : sql``);
  return rowsOf<UnitParticipationFacts>(
    db,
    sql`with u as materialized (select o.id from orgs o where true ${inPaths(q)}),
      w as (
        select s.org_id, 1 as held, 0 as sent, 0 as confirmed, 0 as ahead
        from study_sessions s where s.campaign_id = ${cid}::uuid ${inUnits(sql`s.org_id`)}
        union all
        select d.org_id, 0, 1, (d.received_at is not null)::int, 0
        from material_distributions d join materials m on m.id = d.material_id
        where m.campaign_id = ${cid}::uuid ${inUnits(sql`d.org_id`)}
        union all
        select cd.org_id, 0, 0, 0, 1
        from study_sessions s join session_attendance a on a.session_id = s.id
          join cadres cd on cd.id = a.cadre_id
        where s.campaign_id = ${cid}::uuid and s.starts_at > now() and cd.active
          ${inUnits(sql`cd.org_id`)}
      ),
      x as (
        select w.org_id, sum(w.held)::int as held, sum(w.sent)::int as sent,
          sum(w.confirmed)::int as confirmed, sum(w.ahead)::int as ahead
        from w group by w.org_id
      )
      select o.id as "orgId", o.name as "orgName", k.cadres, coalesce(x.held, 0) as "sessionsHeld",
        coalesce(f.sessions_roster, 0) - coalesce(x.ahead, 0) as "sessionsDue",
        coalesce(f.sessions_attended, 0) as "sessionsAttended",
        coalesce(f.materials_viewed, 0) as viewed,
        coalesce(x.sent, 0) as "receiptsSent", coalesce(x.confirmed, 0) as "receiptsConfirmed",
        coalesce(f.posts, 0) as posts, coalesce(f.reflections, 0) as reflections,
        coalesce(f.volunteer_hours, 0)::float8 as "volunteerHours"
      from orgs o join learning_unit_cadres k on k.org_id = o.id
        left join learning_unit_facts f on f.campaign_id = ${cid}::uuid and f.org_id = o.id
        left join x on x.org_id = o.id
      where k.cadres > 0 ${inPaths(q)}
      order by o.path`,
  );
}
