import {
  ZActivitySchema,
  ZAssignmentFilterSchema,
  ZAssignmentSchema,
  ZCampaignSchema,
  ZCampaignStateSchema,
  ZCampaignStatusSchema,
  ZPhaseSchema,
  ZQuotaRuleSchema,
  ZReportSchema,
} from '../../../common/campaigns.ts';
import { listOf, ZIdParamsSchema, ZPageQuerySchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export {
  ZActivityCreateSchema,
  ZActivitySchema,
  ZActivityUpdateSchema,
  ZAssignmentCreateSchema,
  ZAssignmentSchema,
  ZAssignmentUpdateSchema,
  ZBoardQuerySchema,
  ZBoardSchema,
  ZCampaignCopySchema,
  ZCampaignCreateSchema,
  ZCampaignSchema,
  ZCampaignUpdateSchema,
  ZPhaseCreateSchema,
  ZPhaseSchema,
  ZPhaseUpdateSchema,
  ZQuotaRuleCreateSchema,
  ZQuotaRuleListQuerySchema,
  ZQuotaRuleSchema,
  ZReportCreateSchema,
  ZReportSchema,
} from '../../../common/campaigns.ts';

export const ZCampaignListQuerySchema = ZPageQuerySchema.extend({
  status: ZCampaignStatusSchema.optional(),
  state: ZCampaignStateSchema.optional().describe('按日期显示的状态：草稿、未开始、进行中、已结束'),
});
export const ZCampaignFilterSchema = ZCampaignListQuerySchema.omit({ page: true, pageSize: true });
export const ZCampaignListSchema = listOf(ZCampaignSchema);

export const ZCampaignChildParamsSchema = ZIdParamsSchema.extend({
  childId: ZIdParamsSchema.shape.id,
});

export const ZPhaseListSchema = listOf(ZPhaseSchema);
export const ZActivityListSchema = listOf(ZActivitySchema);

export const ZAssignmentListQuerySchema = ZPageQuerySchema.omit({ q: true }).extend(
  ZAssignmentFilterSchema.shape,
);
export const ZAssignmentListSchema = listOf(ZAssignmentSchema);
export const ZAssignmentCreateResultSchema = ZAssignmentListSchema.omit({ total: true }).extend({
  created: z.number().int(),
  updated: z.number().int(),
});
export const ZReportListSchema = listOf(ZReportSchema);
export const ZRemindResultSchema = z.object({
  overdue: z.number().int(),
  notified: z.number().int(),
});

export const ZQuotaRuleListSchema = listOf(ZQuotaRuleSchema);
