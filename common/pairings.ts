import { ZRankSchema } from './org.ts';
import { QUOTA_STATUSES } from './terms.ts';
import { z } from './zod.ts';

// 结对总览: each cadre's open pairings against his range (GET /api/pairings/overview).

/** 少于下限 below / 在范围内 ok / 多于上限 above */
export const ZQuotaStatusSchema = z.enum(QUOTA_STATUSES);

export const ZPairingOverviewItemSchema = z.object({
  cadreId: z.uuid(),
  cadreName: z.string(),
  rank: ZRankSchema,
  leading: z.boolean(),
  orgId: z.uuid(),
  orgName: z.string(),
  openPairings: z.number().int(),
  poorPairings: z.number().int(),
  hasPoor: z.boolean(),
  minHouseholds: z.number().int(),
  maxHouseholds: z.number().int(),
  status: ZQuotaStatusSchema,
});
export type TPairingOverviewItem = z.infer<typeof ZPairingOverviewItemSchema>;

export const ZPairingOverviewSchema = z.object({
  items: z.array(ZPairingOverviewItemSchema),
  total: z.number().int(),
  /** where the ranges come from: the active campaign's quota rules, or the 2014 default 3–5 */
  source: z.enum(['campaign', 'default']),
  campaignName: z.string().nullable(),
});
export type TPairingOverview = z.infer<typeof ZPairingOverviewSchema>;
