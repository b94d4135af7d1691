import { dateRange } from '../../../common/fields.ts';
import { ZRankSchema } from '../../../common/org.ts';
import {
  ZDateSchema,
  ZMonthSchema,
  ZPageQuerySchema,
  ZQueryBoolSchema,
} from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export const ZComplianceQuerySchema = ZPageQuerySchema.extend({
  month: ZMonthSchema,
  orgId: z.uuid().optional().describe('单位（含下级单位）'),
  campaignId: z.uuid().optional().describe('默认：覆盖该月的进行中活动'),
  met: ZQueryBoolSchema.optional().describe('true 只看达标，false 只看未达标'),
  rank: ZRankSchema.optional(),
  leadingOnly: ZQueryBoolSchema.optional().describe('只看领导干部（带头示范）'),
});
export type TComplianceQuery = z.infer<typeof ZComplianceQuerySchema>;

/** The export takes the list's filters, without paging. */
export const ZComplianceExportQuerySchema = ZComplianceQuerySchema.omit({
  page: true,
  pageSize: true,
});

export const ZComplianceItemSchema = z.object({
  cadreId: z.uuid(),
  cadreName: z.string(),
  rank: ZRankSchema.describe('该月的职级'),
  orgId: z.uuid(),
  orgName: z.string(),
  leading: z.boolean(),
  month: ZMonthSchema,
  daysLogged: z.number().int(),
  daysRequired: z.number().int(),
  pairedHouseholds: z.number().int(),
  minHouseholds: z.number().int(),
  maxHouseholds: z.number().int(),
  poorHouseholdsHelped: z.number().int(),
  minPoorHelped: z.number().int(),
  met: z.boolean(),
  reasons: z.array(z.string()).describe('未达标的原因'),
});
export type TComplianceItem = z.infer<typeof ZComplianceItemSchema>;

const ZCampaignRefSchema = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const ZComplianceListSchema = z.object({
  items: z.array(ZComplianceItemSchema),
  total: z.number().int(),
  campaign: ZCampaignRefSchema,
});

export const ZUnitSummaryQuerySchema = ZComplianceQuerySchema.pick({
  month: true,
  orgId: true,
  campaignId: true,
  leadingOnly: true,
});
export const ZUnitSummarySchema = z.object({
  items: z.array(
    z.object({
      orgId: z.uuid(),
      orgName: z.string(),
      cadres: z.number().int(),
      met: z.number().int(),
      rate: z.number().describe('达标率 0–1'),
    }),
  ),
  total: z.number().int(),
  overall: z.object({ cadres: z.number().int(), met: z.number().int(), rate: z.number() }),
  campaign: ZCampaignRefSchema,
});

export const ZCalendarQuerySchema = z
  .object({
    cadreId: z.uuid(),
    from: ZDateSchema,
    to: ZDateSchema,
  })
  .superRefine(dateRange('from', 'to'));
export const ZCalendarSchema = z.object({
  items: z.array(z.object({ date: ZDateSchema, logs: z.number().int() })),
  total: z.number().int(),
});

export const ZMyMonthQuerySchema = z.object({ month: ZMonthSchema.optional() });
export const ZMyMonthSchema = z.object({
  month: ZMonthSchema,
  campaign: ZCampaignRefSchema,
  /** null when the account has no cadre, no campaign covers the month, or the rank has no quota */
  progress: ZComplianceItemSchema.nullable(),
  nextAction: z.string().nullable(),
});

export const ZReminderRequestSchema = z.object({ month: ZMonthSchema.optional() });
export const ZReminderResultSchema = z.object({
  month: ZMonthSchema,
  behind: z.number().int(),
  notified: z.number().int(),
});
