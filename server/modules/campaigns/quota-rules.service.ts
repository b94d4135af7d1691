import type { TQuotaRule, TQuotaRuleCreate } from '../../../common/campaigns.ts';
import { monthOf, todayInChina } from '../../../common/dates.ts';
import type { TRank } from '../../../common/org.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import type { RequestContext } from '../../platform/access.ts';
import { audit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import { labels } from '../../platform/i18n/zh-CN.ts';
import { requireCampaign } from './campaigns.service.ts';
import {
  findQuotaRuleVersion,
  insertQuotaRules,
  listQuotaRules,
  type QuotaRuleRow,
  rulesInForce,
  updateQuotaRule,
} from './quota-rules.repo.ts';

/** 指标规则 — one rank's monthly quota as compliance reads it. */
export type QuotaRule = {
  id: string;
  rank: TRank;
  /** the first month this version applies to, YYYY-MM */
  effectiveFrom: string;
  /** 每月在联系点天数 */
  minDaysPerMonth: number;
  /** 联系户数 (3–5 in 2014) */
  minHouseholds: number;
  maxHouseholds: number;
  /** 帮扶贫困户数 */
  minPoorHelped: number;
};

const toRule = (r: QuotaRuleRow): QuotaRule => ({
  id: r.id,
  rank: r.rank,
  effectiveFrom: monthOf(r.effectiveFrom),
  minDaysPerMonth: r.minDaysPerMonth,
  minHouseholds: r.minHouseholds,
  maxHouseholds: r.maxHouseholds,
  minPoorHelped: r.minPoorHelped,
});

/**
 * The rules in force in a month ('YYYY-MM') of a campaign, by rank: for each rank the version with
 * the latest effectiveFrom not after the month. A rank without a rule (一般干部 in 2014) is absent.
 */
export async function rulesForMonth(
  db: DbOrTx,
  campaignId: string,
  month: string,
): Promise<Map<TRank, QuotaRule>> {
  const rows = await rulesInForce(db, campaignId, `${month}-01`);
  return new Map(rows.map((r) => [r.rank, toRule(r)]));
}

/** The month whose rules a screen shows as "current": today's, kept within the campaign. */
function referenceMonth(campaign: { startDate: string; endDate: string }, today: string) {
  const m = monthOf(today);
  if (m < monthOf(campaign.startDate)) return monthOf(campaign.startDate);
  if (m > monthOf(campaign.endDate)) return monthOf(campaign.endDate);
  return m;
}

export async function list(
  ctx: RequestContext,
  q: { campaignId: string; rank?: TRank },
  today = todayInChina(),
): Promise<{ items: TQuotaRule[]; total: number }> {
  const campaign = await requireCampaign(ctx.db, q.campaignId);
  const rows = await listQuotaRules(ctx.db, q.campaignId, q.rank);
  const inForce = await rulesForMonth(ctx.db, q.campaignId, referenceMonth(campaign, today));
  const currentIds = new Set([...inForce.values()].map((r) => r.id));
  const items = rows.map((r) => ({
    ...r,
    effectiveFrom: monthOf(r.effectiveFrom),
    current: currentIds.has(r.id),
  }));
  return { items, total: items.length };
}

/**
 * Adds a version of a rank's quota effective from a month on (or corrects the version of that
 * same month). Once a campaign has started, a version may only start in the current month or
 * later: months already past keep the rule they were judged by. `today` is a parameter so tests
 * and the seed can place themselves in time.
 */
export async function add(
  ctx: RequestContext,
  input: TQuotaRuleCreate,
  today = todayInChina(),
): Promise<TQuotaRule> {
  const id = await inTransaction(ctx.db, async (tx) => {
    const campaign = await requireCampaign(tx, input.campaignId);
    const first = monthOf(campaign.startDate);
    const last = monthOf(campaign.endDate);
    if (input.effectiveFrom < first || input.effectiveFrom > last) {
      throw new AppError('QUOTA_MONTH_OUTSIDE.range', { first, last }, [
        { field: 'effectiveFrom' },
      ]);
    }
    const thisMonth = monthOf(today);
    if (today >= campaign.startDate && input.effectiveFrom < thisMonth) {
      const since = { start: campaign.startDate, month: thisMonth };
      throw new AppError('QUOTA_MONTH_PAST.since', since, [{ field: 'effectiveFrom' }]);
    }
    const effectiveFrom = `${input.effectiveFrom}-01`;
    const values = {
      minDaysPerMonth: input.minDaysPerMonth,
      minHouseholds: input.minHouseholds,
      maxHouseholds: input.maxHouseholds,
      minPoorHelped: input.minPoorHelped,
      createdBy: ctx.actor.userId,
    };
    const summary = (existed: boolean) =>
      auditText.quotaRule.save(existed, {
        ...input,
        rankName: labels.rank[input.rank],
        campaign: campaign.name,
      });
    const existing = await findQuotaRuleVersion(tx, campaign.id, input.rank, effectiveFrom);
    if (existing) {
      const after = await updateQuotaRule(tx, existing.id, { ...values, createdAt: new Date() });
      await audit(tx, ctx, {
        action: 'update',
        entity: 'quota_rule',
        entityId: existing.id,
        summary: summary(true),
        before: existing,
        after,
      });
      return existing.id;
    }
    const [row] = await insertQuotaRules(tx, [
      { ...values, campaignId: campaign.id, rank: input.rank, effectiveFrom },
    ]);
    if (!row) throw new Error('insert returned no row');
    await audit(tx, ctx, {
      action: 'create',
      entity: 'quota_rule',
      entityId: row.id,
      summary: summary(false),
      after: row,
    });
    return row.id;
  });
  const { items } = await list(ctx, { campaignId: input.campaignId, rank: input.rank }, today);
  const saved = items.find((r) => r.id === id);
  if (!saved) throw new Error('saved rule not found');
  return saved;
}
