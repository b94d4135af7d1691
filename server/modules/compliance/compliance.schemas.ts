import { dateRange } from '../../../common/fields.ts';
import { ZRankSchema } from '../../../common/org.ts';
import {
  ZDateSchema,
  ZMonthSchema,
  ZPageQuerySchema,
  ZQueryBoolSchema,
} from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export {
  type TComplianceItem,
  ZCalendarSchema,
  ZComplianceItemSchema,
  ZComplianceListSchema,
  ZMyMonthSchema,
  ZUnitSummarySchema,
} from '../../../common/compliance.ts';

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

export const ZUnitSummaryQuerySchema = ZComplianceQuerySchema.pick({
  month: true,
  orgId: true,
  campaignId: true,
  leadingOnly: true,
});
export const ZCalendarQuerySchema = z
  .object({
    cadreId: z.uuid(),
    from: ZDateSchema,
    to: ZDateSchema,
  })
  .superRefine(dateRange('from', 'to'));
export const ZMyMonthQuerySchema = z.object({ month: ZMonthSchema.optional() });
export const ZReminderRequestSchema = z.object({ month: ZMonthSchema.optional() });
export const ZReminderResultSchema = z.object({
  month: ZMonthSchema,
  behind: z.number().int(),
  notified: z.number().int(),
});
