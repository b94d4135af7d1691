import { pageRoles } from '../../../common/access.ts';
import { monthOf, todayInChina } from '../../../common/dates.ts';
import { DOCUMENT_STATE_LABELS } from '../../../common/documents.ts';
import {
  DEFAULT_SIX_ONES_RULES,
  SIX_ONES_KEYS,
  SIX_ONES_LABELS,
  type TCadreSixOnes,
  type TSixOnesBoard,
  type TSixOnesBoardRow,
  type TSixOnesItem,
  type TSixOnesKey,
  type TSixOnesReminder,
  type TSixOnesReminderResult,
  type TSixOnesRules,
  type TSixOnesSettings,
  ZSixOnesRulesSchema,
} from '../../../common/six-ones.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { type RequestContext, scopeOf } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { changeInScope } from '../../platform/audited.ts';
import type { DashboardTile } from '../../platform/dashboard.ts';
import { notFound } from '../../platform/errors.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import {
  dashboardText,
  excelText,
  labels,
  sixOnesText as text,
} from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import { findCadre } from '../cadres/cadres.service.ts';
import { campaignForMonth } from '../campaigns/campaigns.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { loadOrgDirectory, requireOrgInScope } from '../orgs/orgs.service.ts';
import {
  accountsOfCadres,
  findCampaignSettings,
  listSixOnes,
  type SixOnesFacts,
  type SixOnesQuery,
  sixOnesTotals,
  updateCampaignSettings,
} from './six-ones.repo.ts';
import type { TSixOnesBoardQuery, TSixOnesCadreQuery, TSixOnesFilter } from './six-ones.schemas.ts';

// ---- the campaign and its rules ------------------------------------------------------------

/** A campaign as the six are computed over it: its dates, rules and pledge. */
type Campaign = {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  pledge: string;
  rules: TSixOnesRules;
};

/**
 * The stored rules over the defaults, key by key: a key stored wrongly (an older shape) falls
 * back to its default rather than failing the board.
 */
export function rulesOf(stored: unknown): TSixOnesRules {
  const given = (stored ?? {}) as Partial<Record<TSixOnesKey, unknown>>;
  const merged = Object.fromEntries(
    SIX_ONES_KEYS.map((key) => {
      const value = { ...DEFAULT_SIX_ONES_RULES[key], ...(given[key] as object | undefined) };
      const ok = ZSixOnesRulesSchema.shape[key].safeParse(value);
      return [key, ok.success ? ok.data : DEFAULT_SIX_ONES_RULES[key]];
    }),
  );
  return merged as TSixOnesRules;
}

type CampaignRow = Omit<Campaign, 'rules'> & { sixOnesRules: unknown };

const campaignOfRow = ({ sixOnesRules, ...rest }: CampaignRow): Campaign => ({
  ...rest,
  rules: rulesOf(sixOnesRules),
});

async function campaignById(db: DbOrTx, id: string): Promise<Campaign | undefined> {
  const row = await findCampaignSettings(db, id);
  return row ? campaignOfRow(row) : undefined;
}

/** The campaign asked for (404 when there is none), else the active one of this month, else null. */
async function campaignOf(db: DbOrTx, campaignId?: string): Promise<Campaign | null> {
  if (campaignId) {
    const asked = await campaignById(db, campaignId);
    if (!asked) throw notFound();
    return asked;
  }
  const active = await campaignForMonth(db, monthOf(todayInChina()));
  return active ? ((await campaignById(db, active.id)) ?? null) : null;
}

const refOf = (c: Campaign | null) =>
  c ? { id: c.id, name: c.name, startDate: c.startDate, endDate: c.endDate } : null;

function queryOf(c: Campaign | null, q: Omit<SixOnesQuery, 'campaign' | 'rules'>): SixOnesQuery {
  return {
    ...q,
    campaign: c ? { id: c.id, startDate: c.startDate, endDate: c.endDate } : null,
    rules: c?.rules ?? DEFAULT_SIX_ONES_RULES,
  };
}

// ---- the six in words ----------------------------------------------------------------------

const percent = (share: number) => Math.round(share * 100);

/** What there is, and when it is not done and something exists, what is missing. */
function details(f: SixOnesFacts, c: Campaign | null): Record<TSixOnesKey, string> {
  const rules = c?.rules ?? DEFAULT_SIX_ONES_RULES;
  const need = (done: boolean, detail: string, missing: string) =>
    done ? detail : text.withNeed(detail, missing);
  const inCampaign = c !== null;

  const research = !c
    ? text.noCampaign
    : f.researchState === null
      ? text.research.none
      : need(
          f.researchDone,
          text.research.state(f.researchTitle ?? '', DOCUMENT_STATE_LABELS[f.researchState]),
          text.research.needs[rules.research.require],
        );

  const card = !c
    ? text.noCampaign
    : f.printed === 0 && f.handedOut === 0
      ? text.card.none
      : need(
          f.cardDone,
          text.card.counts(f.printed, f.handedOut, f.handedOutPoints),
          rules.card.require === 'printed'
            ? text.card.needsPrinted
            : text.card.needsHandedOut(Math.max(rules.card.minHandedOut, 1)),
        );

  const email = f.email?.trim() ?? '';
  const mailbox = !email
    ? text.mailbox.none
    : need(f.mailboxDone, text.mailbox.address(email, f.mails, inCampaign), text.mailbox.needsMail);

  const letterNeed =
    rules.letter.require === 'delivered'
      ? text.letter.needs.delivered(rules.letter.minContactPoints)
      : text.letter.needs[rules.letter.require];
  const letter = !c
    ? text.noCampaign
    : f.letterState === null
      ? text.letter.none
      : need(
          f.letterDone,
          text.letter.state(f.letterTitle ?? '', DOCUMENT_STATE_LABELS[f.letterState]) +
            (f.deliveries > 0 ? text.letter.delivered(f.deliveryPoints, f.copies) : ''),
          letterNeed,
        );

  const demands = need(
    f.demandsDone,
    text.demands.counts(f.demands, f.openDemands, inCampaign),
    text.demands.needs(rules.demands.minCount),
  );

  const ledger =
    f.ledger === 0
      ? text.ledger.none
      : need(
          f.ledgerDone,
          text.ledger.counts(f.ledger, f.signedOff, percent(f.signedOff / f.ledger)),
          text.ledger.needs(percent(rules.ledger.minSignedOffShare)),
        );

  return { research, card, mailbox, letter, demands, ledger };
}

/**
 * Where each is done in the admin app, for the reader: his own cases are 我的诉求清单 (/my/cases);
 * those who oversee cases open the case list of that cadre; a cadre reading another has no link
 * to cases he may not list.
 */
function links(ctx: RequestContext, f: SixOnesFacts): Record<TSixOnesKey, string | null> {
  const id = f.cadreId;
  const self = ctx.actor.cadreId === id;
  const casesPage = pageRoles('cases').includes(ctx.actor.role);
  const cases = self ? '/my/cases' : casesPage ? `/cases?handlerCadreId=${id}` : null;
  return {
    research: `/research-topics?cadreId=${id}`,
    card: `/cards?cadreId=${id}`,
    mailbox: self ? '/my/cases?channel=email' : `/cadres?q=${encodeURIComponent(f.cadreName)}`,
    letter: `/letters?cadreId=${id}`,
    demands: cases,
    ledger: cases,
  };
}

const DONE: Record<TSixOnesKey, keyof SixOnesFacts> = {
  research: 'researchDone',
  card: 'cardDone',
  mailbox: 'mailboxDone',
  letter: 'letterDone',
  demands: 'demandsDone',
  ledger: 'ledgerDone',
};

function itemsOf(ctx: RequestContext, f: SixOnesFacts, c: Campaign | null): TSixOnesItem[] {
  const detail = details(f, c);
  const link = links(ctx, f);
  return SIX_ONES_KEYS.map((key) => ({
    key,
    label: SIX_ONES_LABELS[key],
    done: f[DONE[key]] === true,
    detail: detail[key],
    link: link[key],
  }));
}

const rowOf =
  (ctx: RequestContext, c: Campaign | null) =>
  (f: SixOnesFacts): TSixOnesBoardRow => ({
    cadreId: f.cadreId,
    cadreName: f.cadreName,
    orgId: f.orgId,
    orgName: f.orgName,
    post: f.post,
    leading: f.leading,
    done: f.done,
    items: itemsOf(ctx, f, c),
  });

// ---- use cases -----------------------------------------------------------------------------

/** 我的六个一 / a cadre's six: the cadre in the reader's scope (404 otherwise). */
export async function ofCadre(
  ctx: RequestContext,
  cadreId: string,
  q: TSixOnesCadreQuery,
): Promise<TCadreSixOnes> {
  if (!(await findCadre(ctx.db, scopeOf(ctx.actor), cadreId))) throw notFound();
  const c = await campaignOf(ctx.db, q.campaignId);
  const { items } = await listSixOnes(ctx.db, queryOf(c, { scope: { kind: 'all' }, cadreId }), {
    limit: 1,
    offset: 0,
  });
  const facts = items[0];
  if (!facts) throw notFound();
  return { cadreId, campaignId: c?.id ?? null, items: itemsOf(ctx, facts, c) };
}

type BoardFilter = Omit<TSixOnesBoardQuery, 'page' | 'pageSize'>;

async function boardQuery(ctx: RequestContext, c: Campaign | null, f: BoardFilter) {
  const scope = scopeOf(ctx.actor);
  const orgPath = f.orgId ? (await requireOrgInScope(ctx.db, scope, f.orgId)).path : undefined;
  // the six are the leading cadres' duty (带头示范): the board shows them unless asked otherwise
  return queryOf(c, { scope, orgPath, leadingOnly: f.leadingOnly ?? true, q: f.q });
}

/** 六个一看板: the active cadres of the reader's scope (leading ones by default) × the six. */
export async function board(ctx: RequestContext, q: TSixOnesBoardQuery): Promise<TSixOnesBoard> {
  const c = await campaignOf(ctx.db, q.campaignId);
  const { items, total, incomplete } = await listSixOnes(
    ctx.db,
    await boardQuery(ctx, c, q),
    pageOf(q),
  );
  return { items: items.map(rowOf(ctx, c)), total, campaign: refOf(c), incomplete };
}

const EXPORT_LIMIT = 100_000;

/** The board as a sheet: one row per cadre, a column per item (完成/未完成 and what there is). */
export async function exportXlsx(ctx: RequestContext, f: TSixOnesFilter): Promise<Buffer> {
  const c = await campaignOf(ctx.db, f.campaignId);
  const [{ items }, dir] = await Promise.all([
    boardQuery(ctx, c, f).then((q) => listSixOnes(ctx.db, q, { limit: EXPORT_LIMIT, offset: 0 })),
    loadOrgDirectory(ctx.db, scopeOf(ctx.actor)),
  ]);
  const X = excelText.sixOnes;
  const cell = (key: TSixOnesKey) => (r: TSixOnesBoardRow) => {
    const item = r.items.find((i) => i.key === key);
    if (!item) return '';
    return item.done ? X.values.done(item.detail) : X.values.notDone(item.detail);
  };
  const columns: Column<TSixOnesBoardRow>[] = [
    { header: X.columns.cadre, width: 12, value: (r) => r.cadreName },
    { header: X.columns.leading, width: 10, value: (r) => labels.yesNo[`${r.leading}`] },
    {
      header: X.columns.org,
      width: 36,
      value: (r) => {
        const o = dir.byId.get(r.orgId);
        return o ? dir.fullName(o) : r.orgName;
      },
    },
    { header: X.columns.post, width: 14, value: (r) => r.post },
    ...SIX_ONES_KEYS.map((key) => ({ header: X.columns[key], width: 32, value: cell(key) })),
    { header: X.columns.done, width: 10, value: (r) => r.done },
    {
      header: X.columns.rate,
      width: 10,
      value: (r) => `${percent(r.done / SIX_ONES_KEYS.length)}%`,
    },
  ];
  return buildSheet(X.sheet, columns, items.map(rowOf(ctx, c)));
}

/**
 * 发送提醒: an in-app notification to each leading cadre of the scope (or unit) who lacks one of
 * `keys`, saying which and what is missing; at most once per cadre, campaign and day (the
 * notification's dedupe key). A reminder changes no data, but the sending is logged as the
 * monthly quota reminders are (an audit row of entity notification).
 */
export async function sendReminders(
  ctx: RequestContext,
  body: TSixOnesReminder,
): Promise<TSixOnesReminderResult> {
  const c = await campaignOf(ctx.db, body.campaignId);
  const query = await boardQuery(ctx, c, { orgId: body.orgId, leadingOnly: true });
  const { items } = await listSixOnes(ctx.db, query, { limit: EXPORT_LIMIT, offset: 0 });
  const keys = new Set<TSixOnesKey>(body.keys ?? SIX_ONES_KEYS);
  const lacking = new Map<string, TSixOnesItem[]>();
  for (const f of items) {
    const missing = itemsOf(ctx, f, c).filter((i) => keys.has(i.key) && !i.done);
    if (missing.length) lacking.set(f.cadreId, missing);
  }
  const accounts = await accountsOfCadres(ctx.db, [...lacking.keys()]);
  const reached = new Set(accounts.map((a) => a.cadreId));
  const dedupeKey = `six-ones:${c?.id ?? 'none'}:${todayInChina()}`;
  const sent = await inTransaction(ctx.db, async (tx) => {
    const n = await notify(
      tx,
      accounts.flatMap((a) => {
        const missing = a.cadreId ? lacking.get(a.cadreId) : undefined;
        if (!missing) return [];
        return [
          {
            userId: a.userId,
            kind: 'six_ones_reminder' as const,
            title: text.reminderTitle(c?.name ?? null),
            body: text.reminderBody(missing.map((i) => text.reminderItem(i.label, i.detail))),
            link: '/my/six-ones',
            dedupeKey,
          },
        ];
      }),
    );
    await audit(tx, ctx, {
      action: 'create',
      entity: 'notification',
      entityId: null,
      summary: auditText.sixOnes.reminders(c?.name ?? null, lacking.size, n),
    });
    return n;
  });
  const skippedNoAccount = [...lacking.keys()].filter((id) => !reached.has(id)).length;
  return { missing: lacking.size, sent, skippedNoAccount };
}

/** 完成标准: the campaign's rules (over the defaults) and its card pledge. */
export async function getSettings(ctx: RequestContext, id: string): Promise<TSixOnesSettings> {
  const c = await campaignById(ctx.db, id);
  if (!c) throw notFound();
  return { rules: c.rules, pledge: c.pledge };
}

/** Sets the campaign's rules and pledge, audited as a change of the campaign. */
export async function putSettings(
  ctx: RequestContext,
  id: string,
  input: TSixOnesSettings,
): Promise<TSixOnesSettings> {
  await changeInScope(
    ctx,
    id,
    (tx, _scope, campaignId) => campaignById(tx, campaignId),
    async (tx, before) => {
      await updateCampaignSettings(tx, id, { pledge: input.pledge, sixOnesRules: input.rules });
      return {
        action: 'update',
        entity: 'campaign',
        entityId: id,
        summary: auditText.sixOnes.settings(before.name),
        before: { rules: before.rules, pledge: before.pledge },
        after: input,
      };
    },
  );
  return getSettings(ctx, id);
}

// ---- for other modules: they call these, never ./six-ones.repo.ts (lint rule) ------------------
// Each runs on the db or transaction the caller passes, so it joins the caller's transaction.

/** A campaign's rules (over the defaults) and card pledge, or undefined when there is no such campaign. */
export async function campaignSixOnes(
  db: DbOrTx,
  campaignId: string,
): Promise<TSixOnesSettings | undefined> {
  const c = await campaignById(db, campaignId);
  return c ? { rules: c.rules, pledge: c.pledge } : undefined;
}

// ---- the dashboard's tile ------------------------------------------------------------------

const T = dashboardText.tiles.sixOnes;

/**
 * 六个一 (the home page): the leading cadres of the campaign in scope (the board's default, 带头示范)
 * — how many have all six — and how many did each one: one statement over the board's cadres,
 * kept facts and rules (`sixOnesTotals`), so every figure is the board's.
 */
export const sixOnesTile: DashboardTile = {
  key: 'six-ones',
  order: 20,
  async compute(db, scope, f) {
    if (!f.campaign) return null;
    const c = campaignOfRow(f.campaign);
    const totals = await sixOnesTotals(
      db,
      queryOf(c, { scope, orgPath: f.orgPath ?? undefined, leadingOnly: true }),
    );
    const { total, incomplete } = totals;
    if (total === 0) return null;
    const base = { campaignId: c.id, ...(f.orgId ? { orgId: f.orgId } : {}) };
    const link = { path: '/six-ones', query: base };
    const completed = total - incomplete;
    return {
      key: 'six-ones',
      title: T.title,
      figures: [
        { key: 'cadres', label: T.cadres, value: total, format: 'count', tone: 'normal', link },
        {
          key: 'completed',
          label: T.completed,
          value: completed,
          format: 'count',
          tone: 'normal',
          link,
        },
        {
          key: 'rate',
          label: T.rate,
          value: completed / total,
          format: 'rate',
          tone: 'normal',
          link: null,
        },
      ],
      table: {
        columns: [
          { key: 'item', title: T.item, format: 'text' },
          { key: 'done', title: T.done, format: 'count' },
          { key: 'rate', title: T.rate, format: 'rate' },
        ],
        rows: SIX_ONES_KEYS.map((key) => {
          const done = totals[key];
          return { item: SIX_ONES_LABELS[key], done, rate: done / total };
        }),
      },
      chart: 'bar',
    };
  },
};
