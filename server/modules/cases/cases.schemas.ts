import { CASE_CHANNELS, CASE_STATUSES } from '../../../common/cases.ts';
import { ZPageQuerySchema, ZQueryBoolSchema } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';

export const ZCaseListQuerySchema = ZPageQuerySchema.extend({
  status: z.enum(CASE_STATUSES).optional(),
  channel: z.enum(CASE_CHANNELS).optional(),
  categoryId: z.uuid().optional(),
  orgId: z.uuid().optional(),
  overdue: ZQueryBoolSchema.optional(),
});
export type TCaseListQuery = z.infer<typeof ZCaseListQuerySchema>;

export const ZTrackingParamsSchema = z.object({
  trackingCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[2-9A-HJ-NP-Z]{10}$/, '查询码应为 10 位字母或数字'),
});
