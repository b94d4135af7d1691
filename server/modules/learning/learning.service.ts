import { todayInChina } from '../../../common/dates.ts';
import type {
  TParticipation,
  TParticipationFilter,
  TParticipationQuery,
  TParticipationRow,
  TUnitParticipation,
  TUnitParticipationQuery,
} from '../../../common/learning.ts';
import type { DbOrTx } from '../../db/client.ts';
import { type RequestContext, scopeOf } from '../../platform/access.ts';
import type { DashboardTile } from '../../platform/dashboard.ts';
import { buildSheet, type Column } from '../../platform/excel.ts';
import { dashboardText, excelText, labels } from '../../platform/i18n/zh-CN.ts';
import { pageOf } from '../../platform/paging.ts';
import { campaignForMonth, requireCampaign } from '../campaigns/campaigns.service.ts';
import { loadOrgDirectory, requireOrgInScope } from '../orgs/orgs.service.ts';
import { getSetting } from '../settings/settings.service.ts';
import {
  countOnlineMaterials,
  listParticipation,
  type ParticipationQuery,
  unitParticipation,
} from './learning.repo.ts';

type CampaignRef = { id: string; name: string; startDate: string; endDate: string };

/** The campaign asked for (404 when there is none), else the one running this month, else null. */
async function campaignOf(db: DbOrTx, campaignId?: string): Promise<CampaignRef | null> {
  const c = campaignId
    ? await requireCampaign(db, campaignId)
    : await campaignForMonth(db, todayInChina().slice(0, 7));
  return c ? { id: c.id, name: c.name, startDate: c.startDate, endDate: c.endDate } : null;
}

async function queryOf(
  ctx: RequestContext,
  c: CampaignRef | null,
  f: Omit<TParticipationFilter, 'campaignId'>,
): Promise<ParticipationQuery> {
  const scope = scopeOf(ctx.actor);
  const orgPath = f.orgId ? (await requireOrgInScope(ctx.db, scope, f.orgId)).path : undefined;
  return {
    campaignId: c?.id ?? null,
    scope,
    orgPath,
    leadingOnly: f.leadingOnly,
    lagging: f.lagging,
    q: f.q,
  };
}

/** 学习参与情况: every active cadre of the reader's scope (or a unit) with what he took part in. */
export async function participation(
  ctx: RequestContext,
  q: TParticipationQuery,
): Promise<TParticipation> {
  const c = await campaignOf(ctx.db, q.campaignId);
  const query = await queryOf(ctx, c, q);
  const [{ items, total }, onlineMaterials] = await Promise.all([
    listParticipation(ctx.db, query, pageOf(q)),
    countOnlineMaterials(ctx.db, c?.id ?? null),
  ]);
  return { items, total, campaign: c, onlineMaterials };
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The same per unit the cadres belong to, with the sessions it held and the materials it signed for. */
export async function units(
  ctx: RequestContext,
  q: TUnitParticipationQuery,
): Promise<TUnitParticipation> {
  const c = await campaignOf(ctx.db, q.campaignId);
  const query = await queryOf(ctx, c, { orgId: q.orgId });
  const [rows, online, perCadre] = await Promise.all([
    unitParticipation(ctx.db, query),
    countOnlineMaterials(ctx.db, c?.id ?? null),
    getSetting(ctx.db, 'learning.volunteerHoursPerCadre'),
  ]);
  return {
    campaign: c,
    items: rows.map(({ viewed, ...r }) => ({
      ...r,
      attendanceRate: rate(r.sessionsAttended, r.sessionsDue),
      viewRate: rate(viewed, r.cadres * online),
      volunteerTarget: perCadre * r.cadres,
    })),
  };
}

const EXPORT_LIMIT = 100_000;

/** The cadres' list as a sheet, with the unit's full name. */
export async function exportXlsx(ctx: RequestContext, f: TParticipationFilter): Promise<Buffer> {
  const c = await campaignOf(ctx.db, f.campaignId);
  const [{ items }, dir] = await Promise.all([
    queryOf(ctx, c, f).then((q) =>
      listParticipation(ctx.db, q, { limit: EXPORT_LIMIT, offset: 0 }),
    ),
    loadOrgDirectory(ctx.db, scopeOf(ctx.actor)),
  ]);
  const X = excelText.learning;
  const n = (header: string, value: (r: TParticipationRow) => number) => ({
    header,
    width: 12,
    value,
  });
  const columns: Column<TParticipationRow>[] = [
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
    n(X.columns.materialsViewed, (r) => r.materialsViewed),
    n(X.columns.sessionsDue, (r) => r.sessionsDue),
    n(X.columns.sessionsAttended, (r) => r.sessionsAttended),
    n(X.columns.sessionsLeave, (r) => r.sessionsLeave),
    n(X.columns.sessionsAbsent, (r) => r.sessionsAbsent),
    n(X.columns.posts, (r) => r.posts),
    n(X.columns.reflections, (r) => r.reflections),
    n(X.columns.reflectionsApproved, (r) => r.reflectionsApproved),
    n(X.columns.volunteerHours, (r) => r.volunteerHours),
    n(X.columns.frontline, (r) => r.frontline),
  ];
  return buildSheet(X.sheet, columns, items);
}

// ---- the dashboard's tile ------------------------------------------------------------------

const T = dashboardText.tiles.learning;

/**
 * 学习参与 (the home page): the campaign's study sessions held and attended per unit, from the
 * unit roll-up (one statement); figures link to the participation list with the same filters.
 */
export const learningTile: DashboardTile = {
  key: 'learning',
  order: 30,
  async compute(db, scope, f) {
    if (!f.campaignId) return null;
    // no `withoutJit`: the roll-up reads the sums kept per unit (learning_unit_facts), its
    // estimated cost far under PostgreSQL's JIT threshold; the transaction it took cost more on
    // PGlite than the statement itself now does
    const rows = await unitParticipation(db, {
      campaignId: f.campaignId,
      scope,
      orgPath: f.orgPath ?? undefined,
    });
    const held = rows.reduce((n, r) => n + r.sessionsHeld, 0);
    const due = rows.reduce((n, r) => n + r.sessionsDue, 0);
    const attended = rows.reduce((n, r) => n + r.sessionsAttended, 0);
    if (held === 0 && due === 0) return null;
    const base = { campaignId: f.campaignId, ...(f.orgId ? { orgId: f.orgId } : {}) };
    const link = (q: Record<string, string>) => ({ path: '/learning', query: { ...base, ...q } });
    return {
      key: 'learning',
      title: T.title,
      figures: [
        {
          key: 'sessions',
          label: T.sessions,
          value: held,
          format: 'count',
          tone: 'normal',
          link: link({}),
        },
        {
          key: 'attended',
          label: T.attendees,
          value: attended,
          format: 'count',
          tone: 'normal',
          link: link({}),
        },
        {
          key: 'rate',
          label: T.rate,
          value: due ? attended / due : 0,
          format: 'rate',
          tone: 'normal',
          link: link({ lagging: 'true' }),
        },
      ],
      table: {
        columns: [
          { key: 'org', title: dashboardText.tiles.unit, format: 'text' },
          { key: 'sessions', title: T.sessions, format: 'count' },
          { key: 'attended', title: T.attendees, format: 'count' },
          { key: 'rate', title: T.rate, format: 'rate' },
        ],
        rows: rows.map((r) => ({
          org: r.orgName,
          sessions: r.sessionsHeld,
          attended: r.sessionsAttended,
          rate: rate(r.sessionsAttended, r.sessionsDue),
        })),
      },
      chart: 'bar',
    };
  },
};
