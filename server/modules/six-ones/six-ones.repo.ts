import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { TDocumentState } from '../../../common/documents.ts';
import type { TSixOnesRules } from '../../../common/six-ones.ts';
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

/**
 * The six of every active cadre in the query, one statement, each figure one set-based pass over
 * its table for the cadres selected (`c`), never a sub-query per cadre:
 * - research, letter: the cadre's document of the campaign (one per kind, a unique index);
 * - card: the campaign's card records summed per cadre;
 * - letter deliveries: per letter, distinct contact points and copies;
 * - cases (诉求清单, 销号台账, mails): the cases written to or handled by the cadre, created in the
 *   campaign's dates (China days); a case both written to and handled by him counts once.
 * The rules are parameters, so "done" and the count of done items are computed here too and the
 * board is ordered and paged by them.
 */
function sixOnesSql(q: SixOnesQuery): SQL {
  const c = q.campaign;
  const paths = [q.scope.kind === 'all' ? null : q.scope.path, q.orgPath ?? null].filter(
    (p): p is string => p !== null,
  );
  const campaignId = c?.id ?? null;
  const period = c
    ? sql`and s.created_at >= ${dayStart(c.startDate)}::timestamptz
          and s.created_at < ${dayStart(nextDay(c.endDate))}::timestamptz`
    : sql``;
  const r = q.rules;
  const researchDone = sql`coalesce(rd.state in (${list(RESEARCH_STATES[r.research.require])}), false)`;
  const cardDone =
    r.card.require === 'printed'
      ? sql`coalesce(cr.printed, 0) > 0`
      : sql`coalesce(cr.handed, 0) >= ${Math.max(r.card.minHandedOut, 1)}`;
  const hasMailbox = sql`coalesce(btrim(c.email), '') <> ''`;
  const mailboxDone =
    r.mailbox.require === 'received'
      ? sql`(${hasMailbox} and coalesce(k.mails, 0) > 0)`
      : hasMailbox;
  const letterDone =
    r.letter.require === 'delivered'
      ? sql`coalesce(lt.state = 'published' and coalesce(ld.n, 0) > 0
              and coalesce(ld.points, 0) >= ${r.letter.minContactPoints}, false)`
      : sql`coalesce(lt.state in (${list(LETTER_STATES[r.letter.require])}), false)`;
  const demandsDone = sql`coalesce(k.demands, 0) >= ${r.demands.minCount}`;
  // numeric, not float: 3 of 10 signed off meets a share of 0.3
  const ledgerDone = sql`(coalesce(k.ledger, 0) > 0
    and coalesce(k.signed, 0)::numeric >= ${String(r.ledger.minSignedOffShare)}::numeric * k.ledger)`;
  return sql`
    with c as materialized (
      select cd.id, cd.name, cd.org_id, o.name as org_name, cd.post, cd.leading, cd.email
      from cadres cd join orgs o on o.id = cd.org_id
      -- one cadre is shown whether active or not; a board lists the active ones
      where ${q.cadreId ? sql`cd.id = ${q.cadreId}` : sql`cd.active`}
        ${sql.join(
          paths.map((p) => sql`and o.path like ${`${p}%`}`),
          sql` `,
        )}
        ${q.leadingOnly ? sql`and cd.leading` : sql``}
        ${q.q ? sql`and cd.name ilike ${`%${q.q}%`}` : sql``}
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
        paths.length > 0 || q.cadreId
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
        count(*) filter (where status in (${list(OPEN_CASE)}))::int as open,
        count(*) filter (where status <> 'not_accepted')::int as ledger,
        count(*) filter (where status = 'signed_off')::int as signed
      from per group by cadre_id
    ),
    f as (
      select c.*, rd.state as research_state, rd.title as research_title,
        coalesce(cr.printed, 0) as printed, coalesce(cr.handed, 0) as handed,
        coalesce(cr.handed_points, 0) as handed_points, coalesce(k.mails, 0) as mails,
        lt.state as letter_state, lt.title as letter_title, coalesce(ld.n, 0) as deliveries,
        coalesce(ld.points, 0) as delivery_points, coalesce(ld.copies, 0) as copies,
        coalesce(k.demands, 0) as demands, coalesce(k.open, 0) as open,
        coalesce(k.ledger, 0) as ledger, coalesce(k.signed, 0) as signed,
        ${researchDone} as research_done, ${cardDone} as card_done,
        ${mailboxDone} as mailbox_done, ${letterDone} as letter_done,
        ${demandsDone} as demands_done, ${ledgerDone} as ledger_done
      from c
        left join docs rd on rd.cadre_id = c.id and rd.kind = 'research'
        left join docs lt on lt.cadre_id = c.id and lt.kind = 'letter'
        left join cr on cr.cadre_id = c.id
        left join ld on ld.cadre_id = c.id
        left join k on k.cadre_id = c.id
    ),
    t as (
      select f.*, (research_done::int + card_done::int + mailbox_done::int + letter_done::int
        + demands_done::int + ledger_done::int) as done
      from f
    )
    select t.id as "cadreId", t.name as "cadreName", t.org_id as "orgId", t.org_name as "orgName",
      t.post, t.leading, t.email, t.research_state as "researchState",
      t.research_title as "researchTitle", t.printed, t.handed as "handedOut",
      t.handed_points as "handedOutPoints", t.mails, t.letter_state as "letterState",
      t.letter_title as "letterTitle", t.deliveries, t.delivery_points as "deliveryPoints",
      t.copies, t.demands, t.open as "openDemands", t.ledger, t.signed as "signedOff",
      t.research_done as "researchDone", t.card_done as "cardDone",
      t.mailbox_done as "mailboxDone", t.letter_done as "letterDone",
      t.demands_done as "demandsDone", t.ledger_done as "ledgerDone", t.done,
      count(*) over ()::int as "total",
      count(*) filter (where t.done < 6) over ()::int as "incomplete"
    from t
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
    sql`${sixOnesSql(q)} order by t.leading desc, t.done asc, t.name, t.id
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
 * each item — counted in SQL over the board's own rows, not sent row by row.
 */
export async function sixOnesTotals(db: DbOrTx, q: SixOnesQuery): Promise<SixOnesTotals> {
  const [row] = await rowsOf<SixOnesTotals>(
    db,
    sql`select count(*)::int as total, count(*) filter (where x.done < 6)::int as incomplete,
          count(*) filter (where x."researchDone")::int as research,
          count(*) filter (where x."cardDone")::int as card,
          count(*) filter (where x."mailboxDone")::int as mailbox,
          count(*) filter (where x."letterDone")::int as letter,
          count(*) filter (where x."demandsDone")::int as demands,
          count(*) filter (where x."ledgerDone")::int as ledger
        from (${sixOnesSql(q)}) x`,
  );
  return row as SixOnesTotals;
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
