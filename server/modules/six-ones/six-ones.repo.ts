import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { TDocumentState } from '../../../common/documents.ts';
import { SIX_ONES_KEYS, type TSixOnesKey, type TSixOnesRules } from '../../../common/six-ones.ts';
import type { DbOrTx } from '../../db/client.ts';
import { campaigns, users } from '../../db/schema/index.ts';
import type { Scope } from '../../platform/access.ts';

/** What the six are computed over: a campaign (its documents, cards and dates), or none. */
export type SixOnesCampaign = { id: string; startDate: string; endDate: string };

export type SixOnesQuery = {
  /** null: no campaign — no documents or cards count, cases of all time */
  campaign: SixOnesCampaign | null;
  /** what counts as done (the campaign's, or the defaults without one) */
  rules: TSixOnesRules;
  scope: Scope;
  /** a unit and the units below it */
  orgPath?: string;
  cadreId?: string;
  leadingOnly?: boolean;
  q?: string;
  /** count from the base tables even with a campaign, not from `six_ones_facts` (facts.test.ts) */
  countLive?: boolean;
};

/** One cadre's facts behind the six and whether each is done by the campaign's rules. */
export type SixOnesFacts = {
  cadreId: string;
  cadreName: string;
  orgId: string;
  orgName: string;
  post: string;
  leading: boolean;
  email: string | null;
  researchState: TDocumentState | null;
  researchTitle: string | null;
  /** cards printed (sum of the 印制 records) and handed out, at how many contact points */
  printed: number;
  handedOut: number;
  handedOutPoints: number;
  /** e-mails written to the cadre's mailbox (cases of channel 'email' addressed to him) */
  mails: number;
  letterState: TDocumentState | null;
  letterTitle: string | null;
  deliveries: number;
  deliveryPoints: number;
  copies: number;
  /** 诉求清单: cases written to or handled by the cadre (merged ones count in their target) */
  demands: number;
  /** of those, still open (not answered and signed off, returned, refused) */
  openDemands: number;
  /** 销号台账: the demands less those not accepted (不予受理), and how many are signed off */
  ledger: number;
  signedOff: number;
  researchDone: boolean;
  cardDone: boolean;
  mailboxDone: boolean;
  letterDone: boolean;
  demandsDone: boolean;
  ledgerDone: boolean;
  /** how many of the six are done */
  done: number;
};

/** The research topic's states that meet each requirement (已认领 … 已发布). */
const RESEARCH_STATES: Record<TSixOnesRules['research']['require'], TDocumentState[]> = {
  claimed: ['draft', 'submitted', 'returned', 'approved', 'published'],
  submitted: ['submitted', 'approved', 'published'],
  approved: ['approved', 'published'],
  published: ['published'],
};
const LETTER_STATES: Record<TSixOnesRules['letter']['require'], TDocumentState[]> = {
  approved: ['approved', 'published'],
  published: ['published'],
  delivered: ['published'],
};
/** a case still being worked on (cases/lifecycle.ts OPEN, without 已办结 waiting for 销号) */
const OPEN_CASE = ['received', 'accepted', 'assigned', 'in_progress', 'returned'];

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The first moment of a China calendar day, as the cases' time filter counts days. */
const dayStart = (date: string) => `${date}T00:00:00+08:00`;
const nextDay = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/** The cadres a query selects (`cd`, their unit `o`): the board's rows. */
function cadresWhere(q: SixOnesQuery): SQL {
  const paths = [q.scope.kind === 'all' ? null : q.scope.path, q.orgPath ?? null].filter(
    (p): p is string => p !== null,
  );
  return sql`${
    // one cadre is shown whether active or not; a board lists the active ones
    q.cadreId ? sql`cd.id = ${q.cadreId}` : sql`cd.active`
  }
    ${sql.join(
      paths.map((p) => sql`and o.path like ${`${p}%`}`),
      sql` `,
    )}
    ${q.leadingOnly ? sql`and cd.leading` : sql``}
    ${q.q ? sql`and cd.name ilike ${`%${q.q}%`}` : sql``}`;
}

const inAPart = (q: SixOnesQuery) =>
  q.scope.kind !== 'all' || q.orgPath !== undefined || q.cadreId !== undefined;

/** What of the cadre himself a board row shows, and what the tile needs (the mailbox). */
const CADRE = {
  board: sql`cd.id, cd.name, cd.org_id, o.name as org_name, cd.post, cd.leading, cd.email`,
  tile: sql`cd.id, cd.email`,
};

/**
 * The cadres selected and their facts counted from the base tables — the cadre's columns given
 * (`cadre`, of CADRE) and those of `six_ones_facts` — each figure one set-based pass over its
 * table for the cadres selected (`c`), never a sub-query per cadre:
 * - research, letter: the cadre's document of the campaign (one per kind, a unique index);
 * - card: the campaign's card records summed per cadre;
 * - letter deliveries: per letter, distinct contact points and copies;
 * - cases (诉求清单, 销号台账, mails): the cases written to or handled by the cadre, created in the
 *   campaign's dates (China days); a case both written to and handled by him counts once.
 * Read without a campaign (cases of all time: nothing is kept for that), and by facts.test.ts to
 * check the kept rows; the triggers of the six-ones migration apply the same definitions.
 */
function liveRows(q: SixOnesQuery, cadre: SQL): SQL {
  const c = q.campaign;
  const campaignId = c?.id ?? null;
  const period = c
    ? sql`and s.created_at >= ${dayStart(c.startDate)}::timestamptz
          and s.created_at < ${dayStart(nextDay(c.endDate))}::timestamptz`
    : sql``;
  return sql`
    with c as materialized (
      select ${cadre} from cadres cd join orgs o on o.id = cd.org_id where ${cadresWhere(q)}
    ),
    docs as (
      select d.id, d.cadre_id, d.kind, d.state, d.title
      from documents d
      where d.campaign_id = ${campaignId}::uuid and d.kind in ('research', 'letter')
        and d.cadre_id in (select id from c)
    ),
    cr as (
      select r.cadre_id,
        coalesce(sum(r.count) filter (where r.kind = 'printed'), 0)::int as printed,
        coalesce(sum(r.count) filter (where r.kind = 'handed_out'), 0)::int as handed,
        count(distinct r.contact_point_id) filter (where r.kind = 'handed_out')::int as handed_points
      from card_records r
      where r.campaign_id = ${campaignId}::uuid and r.cadre_id in (select id from c)
      group by r.cadre_id
    ),
    ld as (
      select d.cadre_id, count(*)::int as n, count(distinct l.contact_point_id)::int as points,
        coalesce(sum(l.copies), 0)::int as copies
      from letter_deliveries l join docs d on d.id = l.document_id and d.kind = 'letter'
      group by d.cadre_id
    ),
    -- the cases addressed to or handled by the cadres: for a part of the bureau two index probes
    -- (addressee, handler), not one OR that reads every case (docs/performance.md, "Dashboard")
    cs as (
      ${
        inAPart(q)
          ? sql`select s.id, s.addressee_cadre_id, s.handler_cadre_id, s.channel, s.status
      from cases s
      where s.addressee_cadre_id in (select id from c) and s.status <> 'merged' ${period}
      union
      select s.id, s.addressee_cadre_id, s.handler_cadre_id, s.channel, s.status
      from cases s
      where s.handler_cadre_id in (select id from c) and s.status <> 'merged' ${period}`
          : sql`select s.id, s.addressee_cadre_id, s.handler_cadre_id, s.channel, s.status
      from cases s
      where (s.addressee_cadre_id in (select id from c) or s.handler_cadre_id in (select id from c))
        and s.status <> 'merged'
        ${period}`
      }
    ),
    per as (
      select addressee_cadre_id as cadre_id, channel, status, true as addressed
      from cs where addressee_cadre_id in (select id from c)
      union all
      select handler_cadre_id, channel, status, false
      from cs
      where handler_cadre_id in (select id from c)
        and handler_cadre_id is distinct from addressee_cadre_id
    ),
    k as (
      select cadre_id,
        count(*) filter (where addressed and channel = 'email')::int as mails,
        count(*)::int as demands,
        count(*) filter (where status in (${list(OPEN_CASE)}))::int as open_demands,
        count(*) filter (where status <> 'not_accepted')::int as ledger,
        count(*) filter (where status = 'signed_off')::int as signed_off
      from per group by cadre_id
    )
    select c.*, rd.state as research_state, rd.title as research_title,
      lt.state as letter_state, lt.title as letter_title, cr.printed, cr.handed, cr.handed_points,
      ld.n as deliveries, ld.points as delivery_points, ld.copies, k.mails, k.demands,
      k.open_demands, k.ledger, k.signed_off
    from c
      left join docs rd on rd.cadre_id = c.id and rd.kind = 'research'
      left join docs lt on lt.cadre_id = c.id and lt.kind = 'letter'
      left join cr on cr.cadre_id = c.id
      left join ld on ld.cadre_id = c.id
      left join k on k.cadre_id = c.id`;
}

/**
 * The cadres selected (what `CADRE[of]` takes of them) and their facts: the relation `f` the rules
 * are applied to, a figure null when there is nothing. With a campaign, the facts are its rows of
 * `six_ones_facts`, kept on write by the triggers of the six-ones migration, so the board and the
 * tile read one row per cadre — not the cadres' cases (7,456 of the city bench's 50,000 for the
 * bureau's leading cadres), documents and cards — in a statement of two or three tables that
 * PGlite plans in a fraction of the live one's time. Without a campaign (or `countLive`), counted
 * live (`liveRows`).
 */
function factsRows(q: SixOnesQuery, of: keyof typeof CADRE): SQL {
  if (!q.campaign || q.countLive) return liveRows(q, CADRE[of]);
  return sql`
    select ${CADRE[of]}, k.research_state, k.research_title, k.letter_state, k.letter_title,
      k.printed, k.handed, k.handed_points, k.deliveries, k.delivery_points, k.copies, k.mails,
      k.demands, k.open_demands, k.ledger, k.signed_off
    from cadres cd
      ${of === 'board' || inAPart(q) ? sql`join orgs o on o.id = cd.org_id` : sql``}
      left join six_ones_facts k on k.campaign_id = ${q.campaign.id}::uuid and k.cadre_id = cd.id
    where ${cadresWhere(q)}`;
}

/** Whether each of the six is done by the rules, over `f` (factsRows); never null. */
function doneOf(r: TSixOnesRules): Record<TSixOnesKey, SQL> {
  const hasMailbox = sql`coalesce(btrim(f.email), '') <> ''`;
  return {
    research: sql`coalesce(f.research_state in (${list(RESEARCH_STATES[r.research.require])}), false)`,
    card:
      r.card.require === 'printed'
        ? sql`coalesce(f.printed, 0) > 0`
        : sql`coalesce(f.handed, 0) >= ${Math.max(r.card.minHandedOut, 1)}`,
    mailbox:
      r.mailbox.require === 'received'
        ? sql`(${hasMailbox} and coalesce(f.mails, 0) > 0)`
        : hasMailbox,
    letter:
      r.letter.require === 'delivered'
        ? sql`coalesce(f.letter_state = 'published' and coalesce(f.deliveries, 0) > 0
            and coalesce(f.delivery_points, 0) >= ${r.letter.minContactPoints}, false)`
        : sql`coalesce(f.letter_state in (${list(LETTER_STATES[r.letter.require])}), false)`,
    demands: sql`coalesce(f.demands, 0) >= ${r.demands.minCount}`,
    // numeric, not float: 3 of 10 signed off meets a share of 0.3
    ledger: sql`(coalesce(f.ledger, 0) > 0
      and coalesce(f.signed_off, 0)::numeric >= ${String(r.ledger.minSignedOffShare)}::numeric * f.ledger)`,
  };
}

/**
 * The six of every cadre in the query, one statement: "done" is computed here from the rules
 * (parameters), so the board is ordered and paged by it.
 */
function sixOnesSql(q: SixOnesQuery): SQL {
  const done = doneOf(q.rules);
  return sql`
    select t.*, (t."researchDone"::int + t."cardDone"::int + t."mailboxDone"::int
        + t."letterDone"::int + t."demandsDone"::int + t."ledgerDone"::int) as done
    from (
      select f.id as "cadreId", f.name as "cadreName", f.org_id as "orgId",
        f.org_name as "orgName", f.post, f.leading, f.email,
        f.research_state as "researchState", f.research_title as "researchTitle",
        coalesce(f.printed, 0) as printed, coalesce(f.handed, 0) as "handedOut",
        coalesce(f.handed_points, 0) as "handedOutPoints", coalesce(f.mails, 0) as mails,
        f.letter_state as "letterState", f.letter_title as "letterTitle",
        coalesce(f.deliveries, 0) as deliveries, coalesce(f.delivery_points, 0) as "deliveryPoints",
        coalesce(f.copies, 0) as copies, coalesce(f.demands, 0) as demands,
        coalesce(f.open_demands, 0) as "openDemands", coalesce(f.ledger, 0) as ledger,
        coalesce(f.signed_off, 0) as "signedOff",
        ${done.research} as "researchDone", ${done.card} as "cardDone",
        ${done.mailbox} as "mailboxDone", ${done.letter} as "letterDone",
        ${done.demands} as "demandsDone", ${done.ledger} as "ledgerDone"
      from (${factsRows(q, 'board')}) f
    ) t
  `;
}

/**
 * A page of the board: leading cadres first (带头示范), then who lacks most, then by name; the
 * total and how many of all rows lack an item come with every row.
 */
export async function listSixOnes(
  db: DbOrTx,
  q: SixOnesQuery,
  page: { limit: number; offset: number },
) {
  const rows = await rowsOf<SixOnesFacts & { total: number; incomplete: number }>(
    db,
    sql`select x.*, count(*) over ()::int as "total",
          count(*) filter (where x.done < 6) over ()::int as "incomplete"
        from (${sixOnesSql(q)}) x
        order by x.leading desc, x.done asc, x."cadreName", x."cadreId"
        limit ${page.limit} offset ${page.offset}`,
  );
  return {
    items: rows.map(({ total: _t, incomplete: _i, ...r }) => r as SixOnesFacts),
    total: rows[0]?.total ?? 0,
    incomplete: rows[0]?.incomplete ?? 0,
  };
}

export type SixOnesTotals = {
  total: number;
  incomplete: number;
  research: number;
  card: number;
  mailbox: number;
  letter: number;
  demands: number;
  ledger: number;
};

/**
 * The board's totals (the dashboard's 六个一 tile): rows, rows lacking an item, and how many did
 * each item — the board's own cadres, facts and rules (`factsRows`, `doneOf`) as one aggregate,
 * reading of the cadres only the mailbox: no unit names, no window, the units joined only to
 * filter by them. PGlite plans every statement anew, and planning the board's took most of the
 * tile's time.
 */
export async function sixOnesTotals(db: DbOrTx, q: SixOnesQuery): Promise<SixOnesTotals> {
  const done = doneOf(q.rules);
  const all = sql.join(
    SIX_ONES_KEYS.map((key) => done[key]),
    sql` and `,
  );
  const [row] = await rowsOf<SixOnesTotals>(
    db,
    sql`select count(*)::int as total, count(*) filter (where not (${all}))::int as incomplete,
          ${sql.join(
            SIX_ONES_KEYS.map(
              (key) => sql`count(*) filter (where ${done[key]})::int as ${sql.identifier(key)}`,
            ),
            sql`, `,
          )}
        from (${factsRows(q, 'tile')}) f`,
  );
  return row as SixOnesTotals;
}

/** Everything in `six_ones_facts` counted again from the base tables (after a load with triggers off). */
export async function recountSixOnesFacts(db: DbOrTx) {
  await db.execute(sql`select six_ones_facts_recount()`);
}

/** The pledge and the stored rules (over the defaults) of a campaign, with its name and dates. */
export async function findCampaignSettings(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      startDate: campaigns.startDate,
      endDate: campaigns.endDate,
      pledge: campaigns.pledge,
      sixOnesRules: campaigns.sixOnesRules,
    })
    .from(campaigns)
    .where(eq(campaigns.id, id));
  return row;
}

export async function updateCampaignSettings(
  db: DbOrTx,
  id: string,
  values: { pledge: string; sixOnesRules: TSixOnesRules },
) {
  await db
    .update(campaigns)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(campaigns.id, id));
}

/** The enabled accounts linked to these cadres (users.cadre_id). */
export async function accountsOfCadres(db: DbOrTx, cadreIds: string[]) {
  if (cadreIds.length === 0) return [];
  return db
    .select({ userId: users.id, cadreId: users.cadreId })
    .from(users)
    .where(and(inArray(users.cadreId, cadreIds), isNull(users.disabledAt)));
}
