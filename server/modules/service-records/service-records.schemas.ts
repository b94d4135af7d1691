import { dateRange } from '../../../common/fields.ts';
import { ZDateSchema, ZPageQuerySchema } from '../../../common/paging.ts';
import { SERVICE_RECORD_KINDS } from '../../../common/service-record-terms.ts';
import { ZServiceRecordCreateSchema as ZCreate } from '../../../common/service-records.ts';
import { z } from '../../../common/zod.ts';

export {
  ZServiceRecordListSchema,
  ZServiceRecordSchema,
  ZServiceRecordUpdateSchema,
  ZServiceSummarySchema,
} from '../../../common/service-records.ts';
export const ZServiceRecordCreateSchema = ZCreate.superRefine(dateRange('startsOn', 'endsOn'));

export const ZServiceRecordFilterSchema = z
  .object({
    q: ZPageQuerySchema.shape.q,
    orgId: z.uuid().optional().describe('单位（含下级单位）'),
    kind: z
      .enum(SERVICE_RECORD_KINDS)
      .optional()
      .describe('frontline 选派一线，volunteer 志愿服务'),
    cadreId: z.uuid().optional(),
    campaignId: z.uuid().optional(),
    from: ZDateSchema.optional(),
    to: ZDateSchema.optional(),
  })
  .superRefine(dateRange('from', 'to'));
export type TServiceRecordFilter = z.infer<typeof ZServiceRecordFilterSchema>;
export const ZServiceRecordListQuerySchema = ZPageQuerySchema.extend(
  ZServiceRecordFilterSchema.shape,
).superRefine(dateRange('from', 'to'));
export type TServiceRecordListQuery = z.infer<typeof ZServiceRecordListQuerySchema>;

export const ZServiceSummaryQuerySchema = z.object({
  orgId: z.uuid().optional().describe('汇总这个单位的下级单位（默认本人管辖范围）'),
  campaignId: z.uuid().optional().describe('活动（默认当前进行中的活动）'),
});
export type TServiceSummaryQuery = z.infer<typeof ZServiceSummaryQuerySchema>;
