import { ZRankSchema } from './org.ts';
import { ZDateSchema, ZMonthSchema } from './paging.ts';
import { z } from './zod.ts';

// The answers of /api/compliance: the server's responses and the admin app's types.

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

/** the campaign whose quota rules judged the month; null when none covers it */
export const ZCampaignRefSchema = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const ZComplianceListSchema = z.object({
  items: z.array(ZComplianceItemSchema),
  total: z.number().int(),
  campaign: ZCampaignRefSchema,
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

export const ZCalendarSchema = z.object({
  items: z.array(z.object({ date: ZDateSchema, logs: z.number().int() })),
  total: z.number().int(),
});

export const ZMyMonthSchema = z.object({
  month: ZMonthSchema,
  campaign: ZCampaignRefSchema,
  /** null when the account has no cadre, no campaign covers the month, or the rank has no quota */
  progress: ZComplianceItemSchema.nullable(),
  nextAction: z.string().nullable(),
});

export type TComplianceList = z.infer<typeof ZComplianceListSchema>;
export type TUnitSummary = z.infer<typeof ZUnitSummarySchema>;
export type TCalendar = z.infer<typeof ZCalendarSchema>;
export type TMyMonth = z.infer<typeof ZMyMonthSchema>;
