import { CASE_CHANNELS, CASE_STATUSES } from './case-terms.ts';
import { dateRange } from './fields.ts';
import { ZRankSchema } from './org.ts';
import { ZDateSchema, ZMonthSchema } from './paging.ts';
import { z } from './zod.ts';

// 首页统计 (GET /api/dashboard): the server's answer and the admin app's types. Every figure is
// counted over the reader's scope with the query's filters, and equals what the list it links to
// returns with the same filters (the `link` of a figure is that list's path and query).

/** The filters of the dashboard (and of the monthly report built from it). */
export const ZDashboardQuerySchema = z
  .object({
    orgId: z.uuid().optional().describe('单位（含下级单位）；缺省为本人可见范围'),
    from: ZDateSchema.optional().describe(
      '统计期起（诉求件按提交日期）；缺省为活动开始日或本年 1 月 1 日',
    ),
    to: ZDateSchema.optional().describe('统计期止；缺省为今天'),
    campaignId: z.uuid().optional().describe('缺省为今天进行中的活动'),
  })
  .superRefine(dateRange('from', 'to'));
export type TDashboardQuery = z.infer<typeof ZDashboardQuerySchema>;

/** Where a figure leads: an admin page and the query that makes its list show exactly those rows. */
export const ZFigureLinkSchema = z.object({
  path: z.string().describe('管理端页面路径，如 /cases'),
  query: z.record(z.string(), z.string()).describe('该列表的筛选条件'),
});
export type TFigureLink = z.infer<typeof ZFigureLinkSchema>;

/** One labelled count: a slice of a chart and a row of its table. */
export const ZCountRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number(),
  link: ZFigureLinkSchema.nullable(),
});
export type TCountRow = z.infer<typeof ZCountRowSchema>;

const rate = () => z.number().nullable().describe('0–1；无分母时为 null');
const count = () => z.number().int();

/** The same figures for the comparison period (比去年同期), when one exists. */
const ZCasesComparisonSchema = z.object({
  received: count(),
  onTimeCompletionRate: rate(),
  satisfiedRate: rate(),
  overdue: count(),
});

export const ZDashboardCasesSchema = z.object({
  /** 收到（统计期内提交） */
  received: count(),
  /** received in the 7 / 28 days to `to` and since 1 January of `to`'s year (FixMyStreet's columns) */
  receivedWeek: count(),
  received4Weeks: count(),
  receivedYear: count(),
  byStatus: z.partialRecord(z.enum(CASE_STATUSES), count()),
  byChannel: z.partialRecord(z.enum(CASE_CHANNELS), count()),
  /** the same counts with labels and links, for charts and their tables */
  statusRows: z.array(ZCountRowSchema),
  channelRows: z.array(ZCountRowSchema),
  categoryRows: z.array(ZCountRowSchema),
  unitRows: z.array(ZCountRowSchema),
  /** 按时受理率: accepted by the 受理时限 among those accepted or due to be */
  onTimeAcceptanceRate: rate(),
  /** 按时办结率: answered by the due date among those answered or past due */
  onTimeCompletionRate: rate(),
  /** average working days from receipt to the first staff step, and to the answer */
  avgDaysToFirstAction: z.number().nullable(),
  avgDaysToAnswer: z.number().nullable(),
  /** 逾期: open now and past the due date (or 待受理 past the 受理时限) — the case list's `overdue` */
  overdue: count(),
  overdueByUnit: z.array(ZCountRowSchema),
  /** share of answered cases reopened after a 不满意 rating */
  reopenedRate: rate(),
  satisfaction: z.object({ satisfied: count(), basically: count(), dissatisfied: count() }),
  /** 重点关注: cases reopened 3+ times or transferred across 3+ units */
  watch: z.array(
    z.object({
      id: z.uuid(),
      trackingCode: z.string(),
      orgName: z.string().nullable(),
      reopened: count(),
      units: count(),
    }),
  ),
  previous: ZCasesComparisonSchema.nullable(),
  /**
   * the lists behind the single figures: received, receivedWeek, received4Weeks, receivedYear,
   * overdue, satisfied, basically, dissatisfied
   */
  links: z.record(z.string(), ZFigureLinkSchema),
});
export type TDashboardCases = z.infer<typeof ZDashboardCasesSchema>;

const ZComplianceFigureSchema = z.object({
  cadres: count(),
  met: count(),
  rate: rate(),
});

export const ZDashboardComplianceSchema = z.object({
  /** the month of `to` */
  month: ZMonthSchema,
  cadres: count(),
  met: count(),
  rate: rate(),
  /** 领导干部 first (带头示范) */
  leading: ZComplianceFigureSchema,
  trend: z.array(ZComplianceFigureSchema.extend({ month: ZMonthSchema })),
  byUnit: z.array(
    ZComplianceFigureSchema.extend({
      orgId: z.uuid(),
      orgName: z.string(),
      link: ZFigureLinkSchema,
    }),
  ),
  byRank: z.array(
    ZComplianceFigureSchema.extend({
      rank: ZRankSchema,
      label: z.string(),
      link: ZFigureLinkSchema,
    }),
  ),
  previous: ZComplianceFigureSchema.extend({ month: ZMonthSchema }).nullable(),
  link: ZFigureLinkSchema.describe('未达标的干部'),
  /** the lists behind the single figures: cadres, met, notMet, leading */
  links: z.record(z.string(), ZFigureLinkSchema),
});
export type TDashboardCompliance = z.infer<typeof ZDashboardComplianceSchema>;

export const ZDashboardCampaignSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** the phase `to` falls in; null between or outside phases */
  phase: z.string().nullable(),
  daysLeft: count().describe('到结束日还有几天，已结束为 0'),
  startDate: ZDateSchema,
  endDate: ZDateSchema,
  state: z.enum(['draft', 'not_started', 'ongoing', 'ended']),
});

/**
 * A module's tile (六个一, 学习参与, 整改进度, 活动项目进度…): figures with links, and a table that is
 * also its chart. Modules add tiles (server/platform/dashboard.ts); the page draws any tile.
 */
export const ZDashboardTileSchema = z.object({
  key: z.string(),
  title: z.string(),
  figures: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      value: z.number(),
      /** how to print it: a count, or a rate 0–1 shown as a percentage */
      format: z.enum(['count', 'rate']),
      /** 'bad' when the figure asks for action (overdue, behind) */
      tone: z.enum(['normal', 'bad']),
      link: ZFigureLinkSchema.nullable(),
    }),
  ),
  table: z.object({
    columns: z.array(
      z.object({ key: z.string(), title: z.string(), format: z.enum(['text', 'count', 'rate']) }),
    ),
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
  }),
  /** how the page draws the table as a chart */
  chart: z.enum(['bar', 'stacked', 'none']),
});
export type TDashboardTile = z.infer<typeof ZDashboardTileSchema>;

export const ZDashboardSchema = z.object({
  period: z.object({ from: ZDateSchema, to: ZDateSchema }),
  /** the comparison period (比去年同期 / 上一活动同期); null when none exists */
  comparison: z.object({ from: ZDateSchema, to: ZDateSchema, label: z.string() }).nullable(),
  orgId: z.uuid().nullable(),
  campaign: ZDashboardCampaignSchema.nullable(),
  cases: ZDashboardCasesSchema,
  compliance: ZDashboardComplianceSchema,
  tiles: z.array(ZDashboardTileSchema),
});
export type TDashboard = z.infer<typeof ZDashboardSchema>;
